package io.vnfbench.engine.run;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CancelledException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Test's deployment and teardown, each bounded: a deployment that fails transiently (or is not ready within its
 * bound) is retried after a delay, every failed attempt recorded in the profile; a teardown that overruns its bound is
 * a profile warning. Cancellation interrupts a deployment and tears down whatever it left.
 */
final class Deployments {
    private final ExecutionEnvironment environment;
    private final ExecutorService executor;
    private final RunOptions options;
    private final CancellationToken token;
    private final ProgressListener progress;

    Deployments(ExecutionEnvironment environment, ExecutorService executor, RunOptions options,
                CancellationToken token, ProgressListener progress) {
        this.environment = environment;
        this.executor = executor;
        this.options = options;
        this.token = token;
        this.progress = progress;
    }

    /** Deploys Test {@code test} of the instance, retrying transient failures; throws the last failure. */
    Deployment deploy(RunInstance instance, int test, ProfileState profile)
            throws DeploymentException, InterruptedException {
        DeploymentRequest request = new DeploymentRequest(instance.id(), instance.testKey(), test, instance.vnfbd(),
                options.deployBound());
        for (int attempt = 1; ; attempt++) {
            token.throwIfCancelled();
            try {
                return deployBounded(request);
            } catch (DeploymentException e) {
                if (!e.isTransient() || attempt > options.deployRetries()) {
                    throw e;
                }
                profile.recordRetry(test, attempt, "deploy", e.getMessage());
                progress.warning("instance " + instance.id() + " Test " + test + ": deployment attempt " + attempt
                        + " failed (" + e.getMessage() + "); retrying");
                token.sleep(options.retryDelay());
            }
        }
    }

    private Deployment deployBounded(DeploymentRequest request) throws DeploymentException, InterruptedException {
        CancellationToken deployToken = token.child();
        CompletableFuture<Deployment> future = CompletableFuture.supplyAsync(() -> {
            try {
                return environment.deploy(request, deployToken);
            } catch (DeploymentException | InterruptedException e) {
                throw new CompletionException(e);
            }
        }, executor);
        Duration bound = options.deployBound();
        try {
            return future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            deployToken.cancel("deployment did not finish within " + bound.toSeconds() + " s");
            future.thenAccept(Deployment::close);
            token.throwIfCancelled();
            throw new DeploymentException("not ready within " + bound.toSeconds() + " s", null, true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof DeploymentException d) {
                throw d;
            }
            if (cause instanceof CancelledException c) {
                throw c;
            }
            if (cause instanceof InterruptedException) {
                throw new CancelledException("interrupted while deploying");
            }
            token.throwIfCancelled();
            throw new DeploymentException(String.valueOf(cause), cause, false);
        } catch (InterruptedException e) {
            deployToken.cancel("interrupted");
            future.thenAccept(Deployment::close);
            throw e;
        }
    }

    /** Tears the deployment down within its bound; an overrun or a failure is a profile warning. */
    void teardown(Deployment deployment, ProfileState profile, int test) {
        CompletableFuture<Void> closing = CompletableFuture.runAsync(deployment::close, executor);
        try {
            closing.get(options.teardownBound().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            profile.warn("Test " + test + ": teardown did not finish within " + options.teardownBound().toSeconds()
                    + " s");
            progress.warning("teardown of Test " + test + " did not finish within its bound");
        } catch (ExecutionException e) {
            profile.warn("Test " + test + ": teardown failed: " + e.getCause());
        } catch (InterruptedException e) {
            // keep tearing down synchronously: leaving processes behind is worse than a late exit
            deployment.close();
            Thread.currentThread().interrupt();
        }
    }
}
