package io.vnfbench.engine.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Manager runs: bounds, retries and what to do on deployment failure. Build with {@link #builder()}.
 *
 * @param deployBound how long one deployment (until ready) may take
 * @param teardownBound how long one teardown may take
 * @param defaultToolBound bound of a tool run whose {@code sched} gives no duration
 * @param toolGrace added to {@code sched.duration} for a run's bound (start-up, result parsing)
 * @param stopGrace how long a stopped tool or Trial gets to return after its bound before it is abandoned
 * @param deployRetries how many more times a deployment that failed transiently is tried
 * @param retryDelay wait between deployment attempts
 * @param continueOnDeployFailure when true, a failed deployment marks its report with {@code error} and the run
 *     continues with the next instance; when false (the draft's rule) it aborts the VNF-BR with {@code error}
 */
public record RunOptions(Duration deployBound, Duration teardownBound, Duration defaultToolBound, Duration toolGrace,
                         Duration stopGrace, int deployRetries, Duration retryDelay, boolean continueOnDeployFailure) {
    public RunOptions {
        Objects.requireNonNull(deployBound, "deployBound");
        Objects.requireNonNull(teardownBound, "teardownBound");
        Objects.requireNonNull(defaultToolBound, "defaultToolBound");
        Objects.requireNonNull(toolGrace, "toolGrace");
        Objects.requireNonNull(stopGrace, "stopGrace");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (deployRetries < 0) {
            throw new IllegalArgumentException("deployRetries must not be negative, got " + deployRetries);
        }
    }

    public static RunOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().deployBound(deployBound).teardownBound(teardownBound).defaultToolBound(defaultToolBound)
                .toolGrace(toolGrace).stopGrace(stopGrace).deployRetries(deployRetries).retryDelay(retryDelay)
                .continueOnDeployFailure(continueOnDeployFailure);
    }

    /** Builder with the documented defaults (docs/manager.md). */
    public static final class Builder {
        private Duration deployBound = Duration.ofMinutes(5);
        private Duration teardownBound = Duration.ofMinutes(2);
        private Duration defaultToolBound = Duration.ofMinutes(10);
        private Duration toolGrace = Duration.ofSeconds(30);
        private Duration stopGrace = Duration.ofSeconds(5);
        private int deployRetries = 1;
        private Duration retryDelay = Duration.ofSeconds(2);
        private boolean continueOnDeployFailure;

        public Builder deployBound(Duration value) {
            deployBound = value;
            return this;
        }

        public Builder teardownBound(Duration value) {
            teardownBound = value;
            return this;
        }

        public Builder defaultToolBound(Duration value) {
            defaultToolBound = value;
            return this;
        }

        public Builder toolGrace(Duration value) {
            toolGrace = value;
            return this;
        }

        public Builder stopGrace(Duration value) {
            stopGrace = value;
            return this;
        }

        public Builder deployRetries(int value) {
            deployRetries = value;
            return this;
        }

        public Builder retryDelay(Duration value) {
            retryDelay = value;
            return this;
        }

        public Builder continueOnDeployFailure(boolean value) {
            continueOnDeployFailure = value;
            return this;
        }

        public RunOptions build() {
            return new RunOptions(deployBound, teardownBound, defaultToolBound, toolGrace, stopGrace, deployRetries,
                    retryDelay, continueOnDeployFailure);
        }
    }
}
