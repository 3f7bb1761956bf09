package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.model.Environment;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Orchestrator;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.ReadResult;
import io.vnfbench.engine.plan.PlanException;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.PlannedInstance;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.plan.TestKey;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.run.ExtraTrials;
import io.vnfbench.engine.run.Manager;
import io.vnfbench.engine.run.RunInstance;
import io.vnfbench.engine.run.RunResult;
import io.vnfbench.engine.run.RunSink;
import io.vnfbench.engine.run.RunValidationException;
import io.vnfbench.engine.trend.ProfileSummariser;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.verify.GateSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run use case behind {@link Benchmarks#start}: read (warnings kept), override the environment, plan (errors located
 * in the document), resolve what to resume, check every tool before anything is deployed, run with the Manager into
 * the incremental VNF-BR file, then optionally gate the completed run and write the HTML report beside it.
 */
final class RunUseCase {
    private final EnvironmentRegistry environments;
    private final ProbeRegistry tools;
    private final Clock clock;

    RunUseCase(EnvironmentRegistry environments, ProbeRegistry tools, Clock clock) {
        this.environments = environments;
        this.tools = tools;
        this.clock = clock;
    }

    RunningBenchmark start(RunRequest request, RunListener listener) throws InvalidInputException, IOException {
        CancellationToken token = new CancellationToken();
        return new RunningBenchmark(token, prepare(request, listener, token));
    }

    /** Everything that can be wrong with the inputs is found here, before the run starts. */
    Work prepare(RunRequest request, RunListener listener, CancellationToken token)
            throws InvalidInputException, IOException {
        ReadResult<VnfBr> read = read(request.vnfbr(), List.of());
        List<String> warnings = new ArrayList<>(read.warnings().stream().map(Object::toString).toList());
        VnfBr input = withEnvironment(read.value(), request.environmentType(), request.environmentParameters());
        List<RunInstance> instances;
        try {
            instances = instances(input, read, request.limit());
        } catch (PlanException e) {
            throw new InvalidInputException(e.problems().stream().map(Object::toString).toList(), warnings);
        }
        VnfBr resumed = null;
        Path target;
        if (request.resume() && !input.outputs().isEmpty()) {
            resumed = input; // the input is the partial VNF-BR itself: continue it in place unless told otherwise
            target = request.output().orElse(request.vnfbr());
        } else {
            target = request.output().orElse(RunRequest.DEFAULT_OUTPUT_DIR.resolve(RunRequest.OUTPUT_NAME));
            if (request.resume() && Files.exists(target)) {
                resumed = read(target, warnings).value();
            } else if (request.resume()) {
                warnings.add("nothing to resume at " + target + "; starting a fresh run");
            }
        }
        Manager manager = new Manager(environments, tools, request.options(), clock, new ProgressBridge(listener));
        try {
            manager.validate(input, instances);
        } catch (RunValidationException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> request.vnfbr() + ": " + p).toList(),
                    warnings);
        }
        if (request.gate().isPresent()) {
            new GateUseCase(clock).check(input, request.vnfbr().toString(), request.gate().get());
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        warnings.forEach(listener::warning);
        return new Work(request, listener, token, manager, input.withOutputs(List.of()), instances, resumed, target,
                warnings);
    }

    /** A prepared run: what the worker thread does. */
    final class Work {
        private final RunRequest request;
        private final RunListener listener;
        private final CancellationToken token;
        private final Manager manager;
        private final VnfBr input;
        private final List<RunInstance> instances;
        private final @CheckForNull VnfBr resumed;
        private final Path target;
        private final List<String> warnings;

        Work(RunRequest request, RunListener listener, CancellationToken token, Manager manager, VnfBr input,
             List<RunInstance> instances, @CheckForNull VnfBr resumed, Path target, List<String> warnings) {
            this.request = request;
            this.listener = listener;
            this.token = token;
            this.manager = manager;
            this.input = input;
            this.instances = instances;
            this.resumed = resumed;
            this.target = target;
            this.warnings = warnings;
        }

        RunOutcome run() throws InvalidInputException, IOException {
            RunResult result;
            try {
                GateSpec interleaved = interleaved(request, input);
                if (interleaved != null && resumed != null) {
                    listener.warning("interleave: an interleaved run starts afresh; --resume does not apply to it");
                }
                result = interleaved != null
                        ? new InterleavedRun(manager, interleaved, listener).run(input, instances,
                                RunSink.incremental(target), token)
                        : manager.run(input, instances, RunSink.incremental(target), resumed, token,
                                extraTrials(request, input, instances, listener));
            } catch (RunValidationException e) {
                throw new InvalidInputException(e.problems().stream().map(p -> request.vnfbr() + ": " + p).toList(),
                        warnings);
            }
            RunOutcome.Status status = RunOutcome.Status.valueOf(result.status().name());
            VnfBr vnfbr = result.vnfbr();
            GateDecision gate = null;
            if (request.gate().isPresent() && status == RunOutcome.Status.COMPLETED) {
                try {
                    GateUseCase.Evaluated e = new GateUseCase(clock).evaluate(vnfbr, target.toString(),
                            request.gate().get(), target, List.of());
                    gate = e.decision();
                    vnfbr = e.verified();
                } catch (NotComparableException e) {
                    listener.warning("not verified: " + e.getMessage());
                }
            } else if (request.gate().isPresent()) {
                listener.warning("not verified: the run did not complete");
            }
            RunSummary summary = ProfileSummariser.summarise(vnfbr, null, null);
            Path report = null;
            if (request.report() && status != RunOutcome.Status.CANCELLED) {
                report = Reports.besideVnfBr(summary, vnfbr, target);
            }
            return new RunOutcome(target, vnfbr, status, result.trialsRun(), result.trialsResumed(), errors(vnfbr),
                    summary.metrics().stream().map(MetricLine::of).toList(), warnings, report, gate);
        }
    }

    /** The gate of a run whose versions are interleaved (A B B A blocks instead of Tests × Trials), or null. */
    @CheckForNull
    static GateSpec interleaved(RunRequest request, VnfBr input) throws InvalidInputException {
        if (request.gate().isEmpty()) {
            return null;
        }
        GateSpec spec = GateUseCase.spec(input, request.vnfbr().toString(), request.gate().get());
        return spec.interleave() == null ? null : spec;
    }

    /**
     * The extension point of live gates: what to run after the planned Trials of each Test while its deployment
     * stands — more Trials of a Test key whose gated rows are still undecided, within max_samples and the run's
     * budget ({@link LiveTrials}). None without a gate.
     */
    static ExtraTrials extraTrials(RunRequest request, VnfBr input, List<RunInstance> instances, RunListener listener)
            throws InvalidInputException {
        if (request.gate().isEmpty()) {
            return ExtraTrials.NONE;
        }
        return LiveTrials.of(input, request.vnfbr().toString(), request.gate().get(), instances, listener);
    }

    private static ReadResult<VnfBr> read(Path file, List<String> warnings) throws InvalidInputException {
        try {
            return Documents.read(file, VnfBr.class);
        } catch (DocumentException e) {
            throw new InvalidInputException(e.problems().stream().map(Object::toString).toList(), warnings);
        }
    }

    /** The planned instances as the Manager runs them (skipped ones included, with their reason). */
    static List<RunInstance> instances(VnfBr input, ReadResult<VnfBr> read, long limit) throws PlanException {
        List<RunInstance> instances = new ArrayList<>();
        for (PlannedInstance p : Planner.plan(input, read.origins(), new PlanOptions(limit)).instances()) {
            String skipped = p.status() == PlannedInstance.Status.SKIPPED ? p.reason().orElse("skipped") : null;
            instances.add(new RunInstance(p.id(), p.testKey(), p.variables(), p.vnfbd(), skipped));
        }
        return instances;
    }

    /** The VNF-BR with its orchestrator type and parameters overridden ({@link RunRequest.Builder#environment}). */
    static VnfBr withEnvironment(VnfBr br, String type, Map<String, String> parameters) {
        if (type.isEmpty() && parameters.isEmpty()) {
            return br;
        }
        Environment env = br.environment() == null ? new Environment(null, null, null, null) : br.environment();
        Orchestrator o = env.orchestrator() == null ? new Orchestrator(null, null, null, List.of()) : env.orchestrator();
        Map<String, String> merged = new LinkedHashMap<>();
        if (type.isEmpty() || type.equals(o.type())) {
            o.parameters().forEach(p -> merged.put(p.input(), p.value()));
        }
        merged.putAll(parameters);
        List<Parameter> list = new ArrayList<>();
        merged.forEach((k, v) -> list.add(new Parameter(k, v)));
        return br.withEnvironment(new Environment(env.name(), env.description(), env.deploy(),
                new Orchestrator(o.name(), type.isEmpty() ? o.type() : type, o.description(), list)));
    }

    /**
     * Errors per Test key in output order, every key present: failed evaluations and failed deployments (a report's
     * error). The one count of what went wrong in a run, for every table and summary.
     */
    static Map<String, Integer> errors(VnfBr vnfbr) {
        Map<String, Integer> errors = new LinkedHashMap<>();
        for (Output output : vnfbr.outputs()) {
            int n = 0;
            if (output.vnfpp() != null) {
                for (Report report : output.vnfpp().reports()) {
                    n += report.error() == null ? 0 : 1;
                    for (Snapshot snapshot : report.snapshots()) {
                        for (Evaluation evaluation : snapshot.evaluations()) {
                            n += evaluation.error() == null ? 0 : 1;
                        }
                    }
                }
            }
            errors.merge(TestKey.of(output), n, Integer::sum);
        }
        return errors;
    }
}
