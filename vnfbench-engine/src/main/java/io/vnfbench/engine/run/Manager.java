package io.vnfbench.engine.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import io.vnfbench.engine.model.Orchestrator;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The draft's Manager: runs every planned instance of a VNF-BR — {@code experiments.tests} Tests, each a fresh
 * deployment of the instance's scenario, each running {@code experiments.trials} Trials of the proceedings — and
 * assembles evaluations into snapshots, reports, one VNF-PP per instance and the VNF-BR outputs. The VNF-BR is
 * written after every Trial, so a killed run can be resumed. The loop is {@link RunLoop}; tools are checked by
 * {@link ToolValidation}, deployments bounded by {@link Deployments}. Semantics in docs/manager.md.
 */
public final class Manager {
    private final EnvironmentRegistry environments;
    private final ProbeRegistry tools;
    private final RunOptions options;
    private final Clock clock;
    private final ProgressListener progress;
    private final Set<String> shownWarnings = ConcurrentHashMap.newKeySet();

    public Manager(EnvironmentRegistry environments, ProbeRegistry tools, RunOptions options, Clock clock,
                   ProgressListener progress) {
        this.environments = Objects.requireNonNull(environments, "environments");
        this.tools = Objects.requireNonNull(tools, "tools");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Checks, before anything is deployed, that the VNF-BR can run: an installed environment for its orchestrator
     * type, and for every runnable instance known tools with valid parameters and schedules.
     */
    public void validate(VnfBr input, List<RunInstance> instances) throws RunValidationException {
        new ToolValidation(environments, tools).check(input, instances);
    }

    /** As {@link #run(VnfBr, List, RunSink, VnfBr, CancellationToken, ExtraTrials)} with no extra Trials. */
    public RunResult run(VnfBr input, List<RunInstance> instances, RunSink sink, VnfBr resumed,
                         CancellationToken token) throws RunValidationException {
        return run(input, instances, sink, resumed, token, ExtraTrials.NONE);
    }

    /**
     * Runs the instances and returns the VNF-BR with every finished Trial.
     *
     * @param resumed     the VNF-BR of an earlier, interrupted run of the same inputs whose finished Trials are kept
     *                    and not run again; null for a fresh run
     * @param extraTrials asked after the planned Trials of every Test, while its deployment stands
     * @throws RunValidationException before anything runs, when {@link #validate} finds problems or {@code resumed}
     *     comes from different inputs
     */
    public RunResult run(VnfBr input, List<RunInstance> instances, RunSink sink, @CheckForNull VnfBr resumed,
                         CancellationToken token, ExtraTrials extraTrials) throws RunValidationException {
        validate(input, instances);
        ResumeState resume = ResumeState.of(input, instances, resumed);
        ExecutionEnvironmentProvider provider = environments.require(orchestratorType(input));
        return new RunLoop(new Run(input, instances, sink, token, extraTrials), resume, provider.type(), tools, options,
                clock, progress, shownWarnings).run(provider);
    }

    /** What one call of {@link #run} was given. */
    record Run(VnfBr input, List<RunInstance> instances, RunSink sink, CancellationToken token,
               ExtraTrials extraTrials) {
    }

    @CheckForNull
    static String orchestratorType(VnfBr input) {
        Orchestrator orchestrator = input.environment() == null ? null : input.environment().orchestrator();
        return orchestrator == null ? null : orchestrator.type();
    }

    static Map<String, String> orchestratorParameters(VnfBr input) {
        Orchestrator orchestrator = input.environment() == null ? null : input.environment().orchestrator();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (orchestrator != null) {
            for (Parameter p : orchestrator.parameters()) {
                parameters.put(p.input(), p.value() == null ? "" : p.value());
            }
        }
        return parameters;
    }
}
