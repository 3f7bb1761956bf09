package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.run.RunOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run: the VNF-BR, where its output goes, whether to resume, the instance limit, an environment override, the
 * Manager's bounds and retries, whether to write the HTML report, and an optional gate at the end. Build with
 * {@link #builder(Path)}; every option has the documented default (docs/manager.md).
 */
public final class RunRequest {
    /** The output's file name inside an output directory. */
    public static final String OUTPUT_NAME = "vnf-br.json";
    /** The output directory when none is given. */
    public static final Path DEFAULT_OUTPUT_DIR = Path.of("vnfbench-out");
    /** Most instances a VNF-BR may plan into unless raised. */
    public static final long DEFAULT_LIMIT = PlanOptions.DEFAULT_LIMIT;
    /** The Manager's defaults (docs/manager.md). */
    public static final int DEFAULT_DEPLOY_RETRIES = RunOptions.defaults().deployRetries();
    public static final Duration DEFAULT_DEPLOY_TIMEOUT = RunOptions.defaults().deployBound();
    public static final Duration DEFAULT_TOOL_TIMEOUT = RunOptions.defaults().defaultToolBound();

    private final Path vnfbr;
    private final @CheckForNull Path output;
    private final boolean resume;
    private final long limit;
    private final String environmentType;
    private final Map<String, String> environmentParameters;
    private final RunOptions options;
    private final boolean report;
    private final @CheckForNull GateRequest gate;

    private RunRequest(Builder b) {
        this.vnfbr = b.vnfbr;
        this.output = b.output;
        this.resume = b.resume;
        this.limit = b.limit;
        this.environmentType = b.environmentType;
        this.environmentParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.environmentParameters));
        this.options = b.options.build();
        this.report = b.report;
        this.gate = b.gate;
    }

    public static Builder builder(Path vnfbr) {
        return new Builder(vnfbr);
    }

    public Path vnfbr() {
        return vnfbr;
    }

    /**
     * The output VNF-BR file; empty: with {@code resume} of a partial VNF-BR (one with outputs) the input itself,
     * else {@value #OUTPUT_NAME} in {@link #DEFAULT_OUTPUT_DIR}.
     */
    public Optional<Path> output() {
        return Optional.ofNullable(output);
    }

    public boolean resume() {
        return resume;
    }

    public long limit() {
        return limit;
    }

    public String environmentType() {
        return environmentType;
    }

    public Map<String, String> environmentParameters() {
        return environmentParameters;
    }

    RunOptions options() {
        return options;
    }

    public boolean report() {
        return report;
    }

    public Optional<GateRequest> gate() {
        return Optional.ofNullable(gate);
    }

    /** Options of a run; unset ones keep their defaults. */
    public static final class Builder {
        private final Path vnfbr;
        private @CheckForNull Path output;
        private boolean resume;
        private long limit = PlanOptions.DEFAULT_LIMIT;
        private String environmentType = "";
        private Map<String, String> environmentParameters = Map.of();
        private final RunOptions.Builder options = RunOptions.builder();
        private boolean report = true;
        private @CheckForNull GateRequest gate;

        private Builder(Path vnfbr) {
            this.vnfbr = Objects.requireNonNull(vnfbr, "vnfbr");
        }

        /** The output VNF-BR file (its directory is created); see {@link RunRequest#output()}. */
        public Builder output(@CheckForNull Path file) {
            this.output = file;
            return this;
        }

        /** Keep the Trials an earlier, interrupted run of the same inputs finished in the output (or in the input). */
        public Builder resume(boolean value) {
            this.resume = value;
            return this;
        }

        /** Most instances the VNF-BR may plan into. */
        public Builder limit(long value) {
            this.limit = value;
            return this;
        }

        /**
         * Runs in another environment than the VNF-BR names: {@code type} (empty keeps the document's) and orchestrator
         * parameters set on top of the document's (the same input replaced). When the type changes, the document's own
         * parameters are dropped: they belong to the other environment.
         */
        public Builder environment(String type, Map<String, String> parameters) {
            this.environmentType = type == null ? "" : type.strip();
            this.environmentParameters = Map.copyOf(parameters);
            return this;
        }

        public Builder deployRetries(int value) {
            options.deployRetries(value);
            return this;
        }

        public Builder deployTimeout(Duration value) {
            options.deployBound(value);
            return this;
        }

        public Builder toolTimeout(Duration value) {
            options.defaultToolBound(value);
            return this;
        }

        public Builder continueOnDeployFailure(boolean value) {
            options.continueOnDeployFailure(value);
            return this;
        }

        /** Whether to write the HTML report beside the output VNF-BR (default: yes). */
        public Builder report(boolean value) {
            this.report = value;
            return this;
        }

        /** Gate a completed run against a baseline; the verdicts go into the output VNF-BR. */
        public Builder gate(@CheckForNull GateRequest value) {
            this.gate = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the option when a value is out of range
         */
        public RunRequest build() {
            if (limit < 1) {
                throw new IllegalArgumentException("the instance limit must be at least 1, got " + limit);
            }
            RunOptions o = options.build();
            if (o.deployBound().compareTo(Duration.ofSeconds(1)) < 0
                    || o.defaultToolBound().compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("the deploy and tool timeouts must be at least 1 s");
            }
            return new RunRequest(this);
        }
    }
}
