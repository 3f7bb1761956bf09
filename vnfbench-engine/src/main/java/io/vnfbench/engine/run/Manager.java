package io.vnfbench.engine.run;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import io.vnfbench.engine.env.UnknownEnvironmentException;
import io.vnfbench.engine.model.Agent;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Monitor;
import io.vnfbench.engine.model.Orchestrator;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.model.Tool;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CancelledException;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ToolKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The draft's Manager: runs every planned instance of a VNF-BR — {@code experiments.tests} Tests, each a fresh
 * deployment of the instance's scenario, each running {@code experiments.trials} Trials of the proceedings — and
 * assembles evaluations into snapshots, reports, one VNF-PP per instance and the VNF-BR outputs. The VNF-BR is
 * written after every Trial, so a killed run can be resumed. Semantics in docs/manager.md.
 */
public final class Manager {
    private final EnvironmentRegistry environments;
    private final ProbeRegistry tools;
    private final RunOptions options;
    private final Clock clock;
    private final ProgressListener progress;
    private final java.util.Set<String> shownWarnings = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
        List<String> problems = new ArrayList<>();
        try {
            environments.require(orchestratorType(input));
        } catch (UnknownEnvironmentException e) {
            problems.add(e.getMessage());
        }
        Set<String> seen = new HashSet<>();
        for (RunInstance instance : instances) {
            if (instance.skipped()) {
                continue;
            }
            VnfBd bd = instance.vnfbd();
            if (bd.tests() < 1 || bd.trials() < 1) {
                problems.add("instance " + instance.id() + ": experiments tests and trials must be at least 1");
            }
            if (bd.proceedings() == null) {
                continue;
            }
            for (Agent agent : bd.proceedings().agents()) {
                for (Tool tool : agent.probers()) {
                    check(ToolKind.PROBER, "agent '" + agent.uuid() + "'", tool, instance, seen, problems);
                }
            }
            for (Monitor monitor : bd.proceedings().monitors()) {
                for (Tool tool : monitor.listeners()) {
                    check(ToolKind.LISTENER, "monitor '" + monitor.uuid() + "'", tool, instance, seen, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RunValidationException(problems);
        }
    }

    private void check(ToolKind kind, String host, Tool tool, RunInstance instance, Set<String> seen,
                       List<String> problems) {
        Map<String, String> parameters = parameters(tool);
        String signature = kind + "|" + host + "|" + tool.name() + "|" + parameters + "|" + tool.sched() + "|"
                + tool.instances();
        if (!seen.add(signature)) {
            return;
        }
        String where = "instance " + instance.id() + (instance.testKey().isEmpty() ? "" : " (" + instance.testKey() + ")")
                + ", " + host + ", " + kind.yangName() + " " + tool.id() + ": ";
        if (tool.name() == null) {
            problems.add(where + "has no name");
            return;
        }
        for (String problem : tools.validate(kind, tool.name(), parameters)) {
            problems.add(where + problem);
        }
        try {
            schedule(tool);
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(where + e.getMessage());
        }
        if (tool.instances() != null && tool.instances() < 1) {
            problems.add(where + "instances must be at least 1");
        }
    }

    /**
     * Runs the instances and returns the VNF-BR with every finished Trial.
     *
     * @param resumed the VNF-BR of an earlier, interrupted run of the same inputs whose finished Trials are kept and
     *     not run again; null for a fresh run
     * @throws RunValidationException before anything runs, when {@link #validate} finds problems or {@code resumed}
     *     comes from different inputs
     */
    public RunResult run(VnfBr input, List<RunInstance> instances, RunSink sink, VnfBr resumed,
                         CancellationToken token) throws RunValidationException {
        validate(input, instances);
        ResumeState resume = ResumeState.of(input, instances, resumed);
        ExecutionEnvironmentProvider provider = environments.require(orchestratorType(input));
        Session session = new Session(input, instances, sink, resume, token, provider.type());
        return session.run(provider);
    }

    static String orchestratorType(VnfBr input) {
        Orchestrator orchestrator = input.environment() == null ? null : input.environment().orchestrator();
        return orchestrator == null ? null : orchestrator.type();
    }

    static Map<String, String> parameters(Tool tool) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter p : tool.parameters()) {
            parameters.put(p.input(), p.value() == null ? "" : p.value());
        }
        return parameters;
    }

    static Schedule schedule(Tool tool) {
        return tool.sched() == null ? Schedule.ONCE : Schedule.of(tool.sched().from(), tool.sched().until(),
                tool.sched().duration(), tool.sched().interval(), tool.sched().repeat());
    }

    static TrialPlan trialPlan(VnfBd bd) {
        List<TrialPlan.Host> hosts = new ArrayList<>();
        if (bd.proceedings() != null) {
            for (Agent agent : bd.proceedings().agents()) {
                hosts.add(new TrialPlan.Host(ToolKind.PROBER, agent.uuid(), agent.name(), toolRuns(agent.probers())));
            }
            for (Monitor monitor : bd.proceedings().monitors()) {
                hosts.add(new TrialPlan.Host(ToolKind.LISTENER, monitor.uuid(), monitor.name(),
                        toolRuns(monitor.listeners())));
            }
        }
        return new TrialPlan(hosts);
    }

    private static List<TrialPlan.ToolRun> toolRuns(List<Tool> tools) {
        return tools.stream().map(t -> new TrialPlan.ToolRun(t.id() == null ? "" : t.id().toString(), t.name(),
                parameters(t), t.instances() == null || t.instances() == 0 ? 1 : Math.toIntExact(t.instances()),
                schedule(t))).toList();
    }

    /** One execution of {@link #run}: the state that changes while the run goes on. */
    private final class Session {
        private final VnfBr input;
        private final List<RunInstance> instances;
        private final RunSink sink;
        private final ResumeState resume;
        private final CancellationToken token;
        private final String environmentType;
        private final Map<String, Output> outputs = new LinkedHashMap<>();
        private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        private final long startNanos = System.nanoTime();
        private final String started;
        private final io.vnfbench.engine.model.Provenance.ProvenanceHost host = HostFacts.collect();
        private final int trialsTotal;
        private int trialsDone;
        private int trialsRun;
        private int trialsResumed;
        private long runNanos;
        private String error;

        Session(VnfBr input, List<RunInstance> instances, RunSink sink, ResumeState resume, CancellationToken token,
                String environmentType) {
            this.input = input;
            this.instances = instances;
            this.sink = sink;
            this.resume = resume;
            this.token = token;
            this.environmentType = environmentType;
            this.started = resume.started().orElseGet(() -> Assembly.iso(clock.instant()));
            int total = 0;
            for (RunInstance instance : instances) {
                if (!instance.skipped()) {
                    total += Math.toIntExact(instance.vnfbd().tests() * instance.vnfbd().trials());
                }
            }
            this.trialsTotal = total;
            for (RunInstance instance : instances) {
                resume.output(instance.id()).ifPresent(o -> outputs.put(instance.id(), o));
            }
        }

        RunResult run(ExecutionEnvironmentProvider provider) {
            RunStatus status = RunStatus.COMPLETED;
            progress.runStarted(progress(0, null, 0, 0, 0, 0));
            try {
                persist(true);
                try (ExecutionEnvironment environment = provider.create(new EnvironmentSettings(
                        orchestratorParameters(input), tools, clock))) {
                    for (int i = 0; i < instances.size(); i++) {
                        token.throwIfCancelled();
                        if (!runInstance(environment, i)) {
                            status = RunStatus.FAILED;
                            break;
                        }
                    }
                }
            } catch (CancelledException e) {
                status = RunStatus.CANCELLED;
                error = "cancelled: " + e.getMessage();
            } catch (DeploymentException e) {
                status = RunStatus.FAILED;
                error = "cannot create the '" + environmentType + "' environment: " + e.getMessage();
            } catch (IOException e) {
                status = RunStatus.FAILED;
                error = "cannot write the VNF-BR: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = RunStatus.CANCELLED;
                error = "cancelled: interrupted";
            } catch (RuntimeException e) {
                status = RunStatus.FAILED;
                error = "the run failed: " + e;
            } finally {
                executor.shutdownNow();
            }
            VnfBr finished = vnfbr(true);
            try {
                sink.write(finished, true);
            } catch (IOException e) {
                status = RunStatus.FAILED;
                error = "cannot write the VNF-BR: " + e.getMessage();
                finished = vnfbr(true);
            }
            progress.runFinished(progress(instances.size(), null, 0, 0, 0, 0));
            return new RunResult(finished, status, trialsRun, trialsResumed);
        }

        /** Runs one instance's Tests; false when a deployment failure must abort the VNF-BR. */
        private boolean runInstance(ExecutionEnvironment environment, int index)
                throws IOException, InterruptedException {
            RunInstance instance = instances.get(index);
            VnfBd bd = instance.vnfbd();
            Progress at = progress(index + 1, instance, 0, (int) bd.tests(), 0, (int) bd.trials());
            progress.instanceStarted(at);
            if (instance.skipped()) {
                outputs.put(instance.id(), new Output(instance.id(), variables(instance), bd,
                        new VnfPp(instance.id(), bd.name(), bd.version(), "skipped: " + instance.skippedReason(),
                                now(), List.of())));
                persist(false);
                return true;
            }
            TrialPlan plan = trialPlan(bd);
            ProfileState profile = new ProfileState(instance, resume.output(instance.id()).orElse(null));
            for (int test = 1; test <= bd.tests(); test++) {
                token.throwIfCancelled();
                Set<Long> done = resume.trialsDone(instance.id(), test, plan.hosts().size());
                Progress testAt = progress(index + 1, instance, test, (int) bd.tests(), 0, (int) bd.trials());
                progress.testStarted(testAt);
                List<Snapshot> kept = resume.finishedSnapshots(instance.id(), test, done);
                if (done.size() >= bd.trials()) {
                    for (long trial = 1; trial <= bd.trials(); trial++) {
                        trialsDone++;
                        trialsResumed++;
                        progress.trialSkipped(progress(index + 1, instance, test, (int) bd.tests(), (int) trial,
                                (int) bd.trials()));
                    }
                    profile.putReport(new Report(Integer.toString(test), (long) test, kept,
                            resume.reportTimestamp(instance.id(), test), null));
                    continue;
                }
                Deployment deployment;
                try {
                    deployment = deploy(environment, instance, test, profile);
                } catch (DeploymentException e) {
                    String why = "deployment of Test " + test + " failed: " + e.getMessage();
                    profile.putReport(new Report(Integer.toString(test), (long) test, kept, now(), why));
                    outputs.put(instance.id(), profile.output());
                    progress.warning("instance " + instance.id() + ": " + why);
                    if (!options.continueOnDeployFailure()) {
                        error = "instance " + instance.id() + " (" + instance.testKey() + "): " + why;
                        persist(true);
                        return false;
                    }
                    skipRest(instance, test);
                    persist(true);
                    return true;
                }
                try {
                    profile.recordDeployment(test, deployment);
                    // Each distinct environment warning (e.g. a data plane that fell back) is shown once per run.
                    deployment.warnings().stream().filter(shownWarnings::add).forEach(progress::warning);
                    List<Snapshot> snapshots = new ArrayList<>(kept);
                    for (long trial = 1; trial <= bd.trials(); trial++) {
                        Progress trialAt = progress(index + 1, instance, test, (int) bd.tests(), (int) trial,
                                (int) bd.trials());
                        if (done.contains(trial)) {
                            trialsDone++;
                            trialsResumed++;
                            progress.trialSkipped(trialAt);
                            continue;
                        }
                        progress.trialStarted(trialAt);
                        long trialStart = System.nanoTime();
                        List<TrialRunner.HostResult> results = new TrialRunner(executor, clock, options)
                                .run(deployment, plan, token);
                        token.throwIfCancelled();
                        for (int h = 0; h < results.size(); h++) {
                            Snapshot snapshot = Assembly.snapshot(results.get(h), trial, h,
                                    deployment.facts().getOrDefault("origin." + results.get(h).host().id(),
                                            host.hostname()));
                            snapshots.add(snapshot);
                            profile.recordEvaluations(snapshot);
                        }
                        snapshots.sort(java.util.Comparator.comparingLong(s -> Long.parseLong(s.id())));
                        profile.putReport(new Report(Integer.toString(test), (long) test, snapshots, now(), null));
                        outputs.put(instance.id(), profile.output());
                        persist(false);
                        trialsDone++;
                        trialsRun++;
                        runNanos += System.nanoTime() - trialStart;
                        progress.trialFinished(progress(index + 1, instance, test, (int) bd.tests(), (int) trial,
                                (int) bd.trials()));
                    }
                } finally {
                    teardown(deployment, profile, test);
                }
            }
            profile.finish();
            outputs.put(instance.id(), profile.output());
            persist(true);
            return true;
        }

        private void skipRest(RunInstance instance, int failedTest) {
            int remaining = (int) ((instance.vnfbd().tests() - failedTest + 1) * instance.vnfbd().trials());
            trialsDone += remaining;
        }

        private Deployment deploy(ExecutionEnvironment environment, RunInstance instance, int test,
                                  ProfileState profile) throws DeploymentException, InterruptedException {
            DeploymentRequest request = new DeploymentRequest(instance.id(), instance.testKey(), test,
                    instance.vnfbd(), options.deployBound());
            for (int attempt = 1; ; attempt++) {
                token.throwIfCancelled();
                try {
                    return deployBounded(environment, request);
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

        private Deployment deployBounded(ExecutionEnvironment environment, DeploymentRequest request)
                throws DeploymentException, InterruptedException {
            CancellationToken deployToken = token.child();
            CompletableFuture<Deployment> future = CompletableFuture.supplyAsync(() -> {
                try {
                    return environment.deploy(request, deployToken);
                } catch (DeploymentException | InterruptedException e) {
                    throw new java.util.concurrent.CompletionException(e);
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
                Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
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

        private void teardown(Deployment deployment, ProfileState profile, int test) {
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

        /** Writes the VNF-BR as it stands; {@code durable} at instance and run boundaries. */
        private void persist(boolean durable) throws IOException {
            sink.write(vnfbr(false), durable);
        }

        private VnfBr vnfbr(boolean finished) {
            List<Output> ordered = new ArrayList<>();
            for (RunInstance instance : instances) {
                Output output = outputs.get(instance.id());
                if (output != null) {
                    ordered.add(output);
                }
            }
            return new VnfBr(input.id(), input.name(), input.version(), input.author(), input.description(), input.vnf(),
                    input.environment(), input.inputs(), ordered,
                    new Timestamps(started, finished ? now() : null), error, input.verification());
        }

        private Progress progress(int index, RunInstance instance, int test, int tests, int trial, int trials) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            Duration remaining = null;
            if (trialsRun > 0) {
                long perTrial = (System.nanoTime() - startNanos) / Math.max(1, trialsRun);
                remaining = Duration.ofNanos(perTrial * Math.max(0, trialsTotal - trialsDone));
            }
            return new Progress(index, instances.size(), instance == null ? null : instance.id(),
                    instance == null ? null : instance.testKey(), test, tests, trial, trials, trialsDone, trialsTotal,
                    elapsed, remaining);
        }

        private String now() {
            return Assembly.iso(clock.instant());
        }

        /** The VNF-PP of one instance as it grows: reports by Test and the provenance. */
        private final class ProfileState {
            private final RunInstance instance;
            private final Map<Long, Report> reports = new java.util.TreeMap<>();
            private final ProvenanceBuilder provenance;

            ProfileState(RunInstance instance, Output previous) {
                this.instance = instance;
                VnfPp before = previous == null ? null : previous.vnfpp();
                this.provenance = new ProvenanceBuilder(before == null ? null : before.provenance(), host,
                        environmentType, clock.instant());
                if (before != null) {
                    for (Report report : before.reports()) {
                        if (report.test() != null) {
                            reports.put(report.test(), report);
                        }
                    }
                }
            }

            void putReport(Report report) {
                reports.put(report.test(), report);
            }

            void recordDeployment(int test, Deployment deployment) {
                provenance.deployment(test, deployment.facts(), deployment.warnings());
            }

            void recordEvaluations(Snapshot snapshot) {
                for (Evaluation evaluation : snapshot.evaluations()) {
                    provenance.evaluation(evaluation);
                }
            }

            void recordRetry(int test, int attempt, String operation, String why) {
                provenance.retry(test, attempt, operation, why);
            }

            void warn(String warning) {
                provenance.warning(warning);
            }

            void finish() {
                provenance.stop(clock.instant());
            }

            Output output() {
                VnfBd bd = instance.vnfbd();
                VnfPp pp = new VnfPp(instance.id(), bd.name(), bd.version(), bd.description(), now(),
                        new ArrayList<>(reports.values()), provenance.build());
                return new Output(instance.id(), variables(instance), bd, pp);
            }
        }
    }

    private static List<VariableValue> variables(RunInstance instance) {
        return instance.variables().entrySet().stream().map(e -> new VariableValue(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, String> orchestratorParameters(VnfBr input) {
        Orchestrator orchestrator = input.environment() == null ? null : input.environment().orchestrator();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (orchestrator != null) {
            for (Parameter p : orchestrator.parameters()) {
                parameters.put(p.input(), p.value() == null ? "" : p.value());
            }
        }
        return parameters;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "vnfbench-manager-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
