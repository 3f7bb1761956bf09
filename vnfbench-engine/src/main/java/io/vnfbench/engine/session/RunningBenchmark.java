package io.vnfbench.engine.session;

import io.vnfbench.engine.probe.CancellationToken;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A run going on, on a thread of its own: the front end waits for it and may cancel it (a signal on the command line,
 * an abort in Jenkins). Cancellation tears everything down before the run ends; the VNF-BR keeps every finished Trial.
 */
public final class RunningBenchmark {
    private final CancellationToken token;
    private final FutureTask<RunOutcome> task;

    RunningBenchmark(CancellationToken token, RunUseCase.Work work) {
        this.token = token;
        this.task = new FutureTask<>(work::run);
        Thread worker = new Thread(task, "vnfbench-run");
        worker.setDaemon(true);
        worker.start();
    }

    /** Asks the run to stop; it tears down and ends (with status CANCELLED) soon after. */
    public void cancel(String reason) {
        token.cancel(reason);
    }

    /** Waits for the end of the run. */
    public RunOutcome await() throws InterruptedException, InvalidInputException, IOException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** Waits at most {@code bound} (for a shutdown hook); empty when the run has not ended or ended with an error. */
    public Optional<RunOutcome> await(Duration bound) throws InterruptedException {
        try {
            return Optional.of(task.get(bound.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits for the end of the run; when the waiting thread is interrupted (a Jenkins abort reaches the agent as one),
     * cancels the run, waits for its teardown (every wait of the Manager is bounded) and then throws
     * {@link InterruptedException}.
     */
    public RunOutcome awaitCancellingOnInterrupt() throws InterruptedException, InvalidInputException, IOException {
        boolean interrupted = false;
        RunOutcome outcome;
        while (true) {
            try {
                outcome = task.get();
                break;
            } catch (InterruptedException e) {
                if (!interrupted) {
                    interrupted = true;
                    token.cancel("interrupted (build aborted)");
                }
            } catch (ExecutionException e) {
                if (interrupted) {
                    throw new InterruptedException("run cancelled: " + e.getCause().getMessage());
                }
                throw rethrow(e.getCause());
            }
        }
        if (interrupted) {
            throw new InterruptedException("run cancelled; " + outcome.status().keyword() + " after teardown");
        }
        return outcome;
    }

    private static RuntimeException rethrow(Throwable t) throws InvalidInputException, IOException {
        if (t instanceof InvalidInputException e) {
            throw e;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
