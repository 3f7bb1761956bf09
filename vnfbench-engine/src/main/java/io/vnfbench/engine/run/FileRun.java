package io.vnfbench.engine.run;

import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.model.Environment;
import io.vnfbench.engine.model.Orchestrator;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanException;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.PlannedInstance;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs a VNF-BR file end to end, for front ends that start from files (the Jenkins step on its agent): read, apply an
 * environment override, plan, run with the {@link Manager} (the output VNF-BR written after every Trial), optionally
 * resuming from the output file. {@link #runInterruptibly} turns an interrupt of the calling thread (a Jenkins abort
 * reaches the agent as one) into cancellation and returns only after the Manager has torn everything down.
 */
public final class FileRun {

    private FileRun() {
    }

    /**
     * @param vnfbr                  the input VNF-BR (YAML or JSON)
     * @param output                 where the output VNF-BR is written, and read from when resuming
     * @param environmentType        orchestrator type to use instead of the VNF-BR's; empty keeps it
     * @param environmentParameters  orchestrator parameters set on top of the VNF-BR's (same input replaced); when the
     *                               type changes, the VNF-BR's own parameters are dropped, since they belong to the
     *                               other environment
     * @param resume                 keep the Trials an earlier run of the same inputs finished in {@code output}
     */
    public record Request(Path vnfbr, Path output, String environmentType, Map<String, String> environmentParameters,
                          boolean resume) {
        public Request {
            Objects.requireNonNull(vnfbr, "vnfbr");
            Objects.requireNonNull(output, "output");
            environmentType = environmentType == null ? "" : environmentType;
            environmentParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environmentParameters));
        }
    }

    /** Reads, plans and runs with the installed environments and tools; cancellation only through {@code token}. */
    public static RunResult run(Request request, ProgressListener progress, CancellationToken token)
            throws IOException, DocumentException, PlanException, RunValidationException {
        return run(request, EnvironmentRegistry.load(), ProbeRegistry.load(), RunOptions.defaults(), progress, token);
    }

    /** As {@link #run(Request, ProgressListener, CancellationToken)} with the given registries and options. */
    public static RunResult run(Request request, EnvironmentRegistry environments, ProbeRegistry tools, RunOptions options,
            ProgressListener progress, CancellationToken token)
            throws IOException, DocumentException, PlanException, RunValidationException {
        VnfBr input = withEnvironment(Documents.read(request.vnfbr(), VnfBr.class).value(), request.environmentType(),
                request.environmentParameters());
        List<RunInstance> instances = instances(input);
        VnfBr resumed = null;
        if (request.resume() && Files.isRegularFile(request.output())) {
            resumed = Documents.read(request.output(), VnfBr.class).value();
        }
        Path parent = request.output().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Manager manager = new Manager(environments, tools, options, Clock.systemUTC(), progress);
        RunResult result = manager.run(input, instances, RunSink.file(request.output()), resumed, token);
        if (input.verification() != null && result.vnfbr().verification() == null) {
            // the gate belongs to the report: keep the input's verification section in the output
            VnfBr withGate = result.vnfbr().withVerification(input.verification());
            Documents.writeAtomically(request.output(), withGate);
            result = new RunResult(withGate, result.status(), result.trialsRun(), result.trialsResumed(),
                    result.failedEvaluations());
        }
        return result;
    }

    /**
     * Like {@link #run}, on a thread of its own; when the calling thread is interrupted, the run is cancelled, this
     * method waits for the Manager to finish tearing down (its waits are bounded) and then throws InterruptedException.
     */
    public static RunResult runInterruptibly(Request request, ProgressListener progress)
            throws IOException, DocumentException, PlanException, RunValidationException, InterruptedException {
        return runInterruptibly(request, EnvironmentRegistry.load(), ProbeRegistry.load(), RunOptions.defaults(), progress);
    }

    /** As {@link #runInterruptibly(Request, ProgressListener)} with the given registries and options. */
    public static RunResult runInterruptibly(Request request, EnvironmentRegistry environments, ProbeRegistry tools,
            RunOptions options, ProgressListener progress)
            throws IOException, DocumentException, PlanException, RunValidationException, InterruptedException {
        CancellationToken token = new CancellationToken();
        FutureTask<RunResult> task = new FutureTask<>(() -> run(request, environments, tools, options, progress, token));
        Thread worker = new Thread(task, "vnfbench-run");
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        RunResult result;
        while (true) {
            try {
                result = task.get();
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
            throw new InterruptedException("run cancelled; " + result.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " after teardown");
        }
        return result;
    }

    /** The planned instances as the Manager runs them (skipped ones included, with their reason). */
    static List<RunInstance> instances(VnfBr input) throws PlanException {
        List<RunInstance> instances = new ArrayList<>();
        for (PlannedInstance p : Planner.plan(input, PlanOptions.DEFAULT).instances()) {
            String skipped = p.status() == PlannedInstance.Status.SKIPPED ? p.reason().orElse("skipped") : null;
            instances.add(new RunInstance(p.id(), p.testKey(), p.variables(), p.vnfbd(), skipped));
        }
        return instances;
    }

    /** The VNF-BR with its orchestrator type and parameters overridden (see {@link Request}). */
    static VnfBr withEnvironment(VnfBr br, String type, Map<String, String> parameters) {
        if (type.isEmpty() && parameters.isEmpty()) {
            return br;
        }
        Environment env = br.environment() == null ? new Environment(null, null, null, null) : br.environment();
        Orchestrator o = env.orchestrator() == null ? new Orchestrator(null, null, null, List.of()) : env.orchestrator();
        boolean sameType = type.isEmpty() || type.equals(o.type());
        Map<String, String> merged = new LinkedHashMap<>();
        if (sameType) {
            for (Parameter p : o.parameters()) {
                merged.put(p.input(), p.value());
            }
        }
        merged.putAll(parameters);
        List<Parameter> list = new ArrayList<>();
        merged.forEach((k, v) -> list.add(new Parameter(k, v)));
        Orchestrator newOrchestrator = new Orchestrator(o.name(), type.isEmpty() ? o.type() : type, o.description(), list);
        return br.withEnvironment(new Environment(env.name(), env.description(), env.deploy(), newOrchestrator));
    }

    private static RuntimeException rethrow(Throwable t) throws IOException, DocumentException, PlanException, RunValidationException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof DocumentException e) {
            throw e;
        }
        if (t instanceof PlanException e) {
            throw e;
        }
        if (t instanceof RunValidationException e) {
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
