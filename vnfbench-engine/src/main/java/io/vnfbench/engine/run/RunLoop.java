package io.vnfbench.engine.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Provenance;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CancelledException;
import io.vnfbench.engine.probe.ProbeRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One execution of {@link Manager#run}: the draft's Test × Trial loop ({@link #runInstance}) and the state that changes
 * while it goes on — the outputs so far, the counts behind progress, the run's error. The VNF-BR is persisted after
 * every Trial (durably at instance and run boundaries).
 */
final class RunLoop {
    private final VnfBr input;
    private final List<RunInstance> instances;
    private final RunSink sink;
    private final ResumeState resume;
    private final CancellationToken token;
    private final String environmentType;
    private final RunOptions options;
    private final ProbeRegistry tools;
    private final Clock clock;
    private final ProgressListener progress;
    private final ExtraTrials extraTrials;
    private final Set<String> shownWarnings;
    private final Map<String, Output> outputs = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
    private final Provenance.ProvenanceHost host = HostFacts.collect();
    private final Instant startedAt;
    private final String started;
    private int trialsTotal;
    private int trialsDone;
    private int trialsRun;
    private int trialsResumed;
    @CheckForNull
    private String error;

    RunLoop(Manager.Run run, ResumeState resume, String environmentType, ProbeRegistry tools, RunOptions options,
            Clock clock, ProgressListener progress, Set<String> shownWarnings) {
        this.input = run.input();
        this.instances = run.instances();
        this.sink = run.sink();
        this.token = run.token();
        this.extraTrials = run.extraTrials();
        this.resume = resume;
        this.environmentType = environmentType;
        this.tools = tools;
        this.options = options;
        this.clock = clock;
        this.progress = progress;
        this.shownWarnings = shownWarnings;
        this.startedAt = clock.instant();
        this.started = resume.started().orElseGet(() -> Assembly.iso(startedAt));
        for (RunInstance instance : instances) {
            if (!instance.skipped()) {
                trialsTotal += Math.toIntExact(instance.vnfbd().tests() * instance.vnfbd().trials());
            }
            resume.output(instance.id()).ifPresent(o -> outputs.put(instance.id(), o));
        }
    }

    RunResult run(ExecutionEnvironmentProvider provider) {
        RunStatus status = RunStatus.COMPLETED;
        progress.runStarted(at(0, null, 0, 0));
        try {
            persist(true);
            try (ExecutionEnvironment environment = provider.create(new EnvironmentSettings(
                    Manager.orchestratorParameters(input), tools, clock))) {
                Deployments deployments = new Deployments(environment, executor, options, token, progress);
                for (int i = 0; i < instances.size() && status == RunStatus.COMPLETED; i++) {
                    token.throwIfCancelled();
                    status = runInstance(deployments, i) ? RunStatus.COMPLETED : RunStatus.FAILED;
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
        progress.runFinished(at(instances.size(), null, 0, 0));
        return new RunResult(finished, status, trialsRun, trialsResumed);
    }

    /** The draft's loop for one instance: each Test a fresh deployment, each Trial the proceedings; false aborts. */
    private boolean runInstance(Deployments deployments, int index) throws IOException, InterruptedException {
        RunInstance instance = instances.get(index);
        progress.instanceStarted(at(index + 1, instance, 0, 0));
        if (instance.skipped()) {
            outputs.put(instance.id(), ProfileState.skipped(instance, now()));
            persist(false);
            return true;
        }
        TrialPlan plan = TrialPlan.of(instance.vnfbd());
        ProfileState profile = new ProfileState(instance, resume.output(instance.id()).orElse(null), host,
                environmentType, clock);
        for (int test = 1; test <= instance.vnfbd().tests(); test++) {
            token.throwIfCancelled();
            progress.testStarted(at(index + 1, instance, test, 0));
            Set<Long> done = resume.trialsDone(instance.id(), test, plan.hosts().size());
            List<Snapshot> kept = resume.finishedSnapshots(instance.id(), test, done);
            if (done.size() >= instance.vnfbd().trials()) {
                resumed(index, instance, test, done);
                profile.report(test, kept, resume.reportTimestamp(instance.id(), test), null);
                continue;
            }
            Deployment deployment;
            try {
                deployment = deployments.deploy(instance, test, profile);
            } catch (DeploymentException e) {
                return deploymentFailed(instance, test, kept, profile, e);
            }
            TestRun run = new TestRun(index, instance, test, plan, deployment, profile, kept);
            try {
                for (long trial = 1; trial <= instance.vnfbd().trials(); trial++) {
                    if (done.contains(trial)) {
                        resumed(index, instance, test, Set.of(trial));
                    } else {
                        run.trial(trial);
                    }
                }
                extraTrials.afterPlannedTrials(run);
            } finally {
                deployments.teardown(deployment, profile, test);
            }
        }
        profile.finish();
        outputs.put(instance.id(), profile.output());
        persist(true);
        return true;
    }

    /** The draft's rule: a failed deployment aborts the VNF-BR, unless asked to go on with the next instance. */
    private boolean deploymentFailed(RunInstance instance, int test, List<Snapshot> kept, ProfileState profile,
                                     DeploymentException e) throws IOException {
        String why = "deployment of Test " + test + " failed: " + e.getMessage();
        profile.report(test, kept, now(), why);
        outputs.put(instance.id(), profile.output());
        progress.warning("instance " + instance.id() + ": " + why);
        trialsDone += (int) ((instance.vnfbd().tests() - test + 1) * instance.vnfbd().trials());
        if (!options.continueOnDeployFailure()) {
            error = "instance " + instance.id() + " (" + instance.testKey() + "): " + why;
        }
        persist(true);
        return options.continueOnDeployFailure();
    }

    private void resumed(int index, RunInstance instance, int test, Set<Long> trials) {
        for (long trial : trials) {
            trialsDone++;
            trialsResumed++;
            progress.trialSkipped(at(index + 1, instance, test, (int) trial));
        }
    }

    /** A Test with its deployment standing: runs its Trials, planned and extra, into its report. */
    private final class TestRun implements StandingTest {
        private final int index;
        private final RunInstance instance;
        private final int test;
        private final TrialPlan plan;
        private final Deployment deployment;
        private final ProfileState profile;
        private final List<Snapshot> snapshots;

        TestRun(int index, RunInstance instance, int test, TrialPlan plan, Deployment deployment,
                ProfileState profile, List<Snapshot> kept) {
            this.index = index;
            this.instance = instance;
            this.test = test;
            this.plan = plan;
            this.deployment = deployment;
            this.profile = profile;
            this.snapshots = new ArrayList<>(kept);
            profile.recordDeployment(test, deployment);
            // each distinct environment warning (e.g. a data plane that fell back) is shown once per run
            deployment.warnings().stream().filter(shownWarnings::add).forEach(progress::warning);
        }

        List<Snapshot> trial(long trial) throws IOException, InterruptedException {
            progress.trialStarted(at(index + 1, instance, test, (int) trial));
            List<TrialRunner.HostResult> results = new TrialRunner(executor, clock, options).run(deployment, plan, token);
            token.throwIfCancelled();
            List<Snapshot> taken = new ArrayList<>();
            for (int h = 0; h < results.size(); h++) {
                String origin = deployment.facts().getOrDefault("origin." + results.get(h).host().id(), host.hostname());
                Snapshot snapshot = Assembly.snapshot(results.get(h), trial, h, origin);
                taken.add(snapshot);
                profile.recordEvaluations(snapshot);
            }
            snapshots.addAll(taken);
            profile.report(test, snapshots, now(), null);
            outputs.put(instance.id(), profile.output());
            persist(false);
            trialsDone++;
            trialsRun++;
            progress.trialFinished(at(index + 1, instance, test, (int) trial));
            return taken;
        }

        @Override
        public List<Snapshot> runTrial() throws InterruptedException, IOException {
            long next = snapshots.stream().mapToLong(s -> s.trial() == null ? 0 : s.trial()).max().orElse(0) + 1;
            trialsTotal++;
            return trial(next);
        }

        @Override
        public String instanceId() {
            return instance.id();
        }

        @Override
        public String testKey() {
            return instance.testKey();
        }

        @Override
        public int test() {
            return test;
        }

        @Override
        public int tests() {
            return (int) instance.vnfbd().tests();
        }

        @Override
        public List<Snapshot> snapshots() {
            return List.copyOf(snapshots);
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
                input.environment(), input.inputs(), ordered, new Timestamps(started, finished ? now() : null), error,
                input.verification());
    }

    /** Where the run stands, timed by the run's clock; the estimate is the mean Trial so far times the Trials left. */
    private Progress at(int index, @CheckForNull RunInstance instance, int test, int trial) {
        Duration elapsed = Duration.between(startedAt, clock.instant());
        Duration remaining = trialsRun == 0 ? null
                : elapsed.dividedBy(trialsRun).multipliedBy(Math.max(0, trialsTotal - trialsDone));
        int tests = instance == null ? 0 : (int) instance.vnfbd().tests();
        int trials = instance == null ? 0 : (int) instance.vnfbd().trials();
        return new Progress(index, instances.size(), instance == null ? null : instance.id(),
                instance == null ? null : instance.testKey(), test, tests, trial, trials, trialsDone, trialsTotal,
                elapsed, remaining);
    }

    private String now() {
        return Assembly.iso(clock.instant());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "vnfbench-manager-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
