package io.vnfbench.jenkins;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.Permission;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.trend.ProfileSummariser;
import io.vnfbench.engine.trend.RunSummaryJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** Test doubles of the Jenkins types the glue talks to, and real engine documents for them to hold. */
final class Fakes {

    /** The engine as the step uses it, with a fixed clock. */
    static final Benchmarks ENGINE = Benchmarks.installed(Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"),
            ZoneOffset.UTC));

    private Fakes() {
    }

    /** The options as the step validates them, against the installed environments. */
    static StepSettings settings(VnfBenchmarkStep step) {
        return StepSettings.of(step, StepSettings.Defaults.NONE, ENGINE.environmentTypes());
    }

    /**
     * One of Gym's result VNF-BRs (test resources, with its LICENSE) with a gate on its iperf3 throughput, named
     * {@code id}; with {@code gate} ({@code passed}, {@code failed}) as if its own gate had ended so, null: not gated.
     * Gym's second run is rate-limited: against the first, its throughput regresses.
     */
    static VnfBr gym(String name, String id, String gate) {
        VnfBr br;
        try (InputStream in = Fakes.class.getResourceAsStream("/gym/" + name)) {
            br = Documents.read(name, in.readAllBytes(), VnfBr.class).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        Verification section = new Verification(List.of(new GatedMetric("throughput", "iperf3", "bits_per_second",
                "d1", null, "higher", "5%", null, null, null, null, null, null, null, null)), null, null, null, null,
                null, null, null, null, null, null);
        return new VnfBr(id, br.name(), br.version(), br.author(), br.description(), br.vnf(), br.environment(),
                br.inputs(), br.outputs(), br.timestamp(), null, gate == null ? section
                : section.withResult(new VerificationResult(gate, "x", "2026-11-20T00:00:00Z", List.of(), List.of())));
    }

    /**
     * A folder (e.g. a multibranch project) holding jobs. Like core's folders it lists only the jobs the calling thread's
     * authentication may read (cloudbees-folder AbstractFolder.getItems, core Jenkins.getItems).
     */
    static final class Folder implements ItemGroup<FakeJob> {
        final String name;
        final List<FakeJob> jobs = new ArrayList<>();

        Folder(String name) {
            this.name = name;
        }

        @Override
        public String getFullName() {
            return name;
        }

        @Override
        public FakeJob getItem(String jobName) {
            for (FakeJob j : getItems()) {
                if (j.getName().equals(jobName)) {
                    return j;
                }
            }
            return null;
        }

        @Override
        public String getUrl() {
            return name.isEmpty() ? "" : "job/" + name + "/";
        }

        @Override
        public String getUrlChildPrefix() {
            return "job";
        }

        @Override
        public File getRootDirFor(FakeJob child) {
            return child.root.resolve(child.getName()).toFile();
        }

        @Override
        public void onDeleted(FakeJob item) {
            jobs.remove(item);
        }

        @Override
        public Collection<FakeJob> getItems() {
            List<FakeJob> visible = new ArrayList<>();
            for (FakeJob j : jobs) {
                if (j.hasPermission(Item.READ)) {
                    visible.add(j);
                }
            }
            return visible;
        }

        @Override
        public String getDisplayName() {
            return name;
        }
    }

    static final class FakeJob extends Job<FakeJob, FakeRun> {
        final List<FakeRun> builds = new ArrayList<>();
        final Path root;
        /** Who may read the job; null: everyone (an unsecured controller). */
        volatile Set<String> readers;

        FakeJob(Folder folder, String name, Path root) {
            super(folder, name);
            this.root = root;
            folder.jobs.add(this);
        }

        /** Adds the next build (completed unless told otherwise). */
        FakeRun newBuild() throws IOException {
            FakeRun r = new FakeRun(this, builds.size() + 1);
            builds.add(r);
            return r;
        }

        /** Newest first, as Jenkins keeps a job's builds. */
        @Override
        protected SortedMap<Integer, FakeRun> _getRuns() {
            SortedMap<Integer, FakeRun> runs = new TreeMap<>(Comparator.reverseOrder());
            for (FakeRun r : builds) {
                runs.put(r.number, r);
            }
            return runs;
        }

        @Override
        protected void removeRun(FakeRun run) {
            builds.remove(run);
        }

        @Override
        public boolean isBuildable() {
            return true;
        }

        /** Only these users (names of Spring authentications) may read the job from now on. */
        FakeJob readableBy(String... users) {
            readers = Set.of(users);
            return this;
        }

        @Override
        public ACL getACL() {
            return ACL.lambda2((auth, permission) -> readers == null || readers.contains(auth.getName()));
        }
    }

    static final class FakeRun extends Run<FakeJob, FakeRun> {
        final int number;
        boolean building;

        FakeRun(FakeJob job, int number) throws IOException {
            super(job);
            this.number = number;
        }

        @Override
        public int getNumber() {
            return number;
        }

        @Override
        public File getRootDir() {
            return project.root.resolve(project.getName()).resolve(Integer.toString(number)).toFile();
        }

        @Override
        public FakeRun getPreviousBuild() {
            return number > 1 ? project.builds.get(number - 2) : null;
        }

        @Override
        public boolean isBuilding() {
            return building;
        }

        /**
         * Stores a benchmark's result as vnfBenchmark would have: the action, and (unless {@code filesPresent} is false)
         * Gym's first run as its VNF-BR and run summary, its own gate ended {@code gate} ({@code passed},
         * {@code failed}; null: not gated).
         */
        FakeRun withResult(String vnfbr, String gate, boolean filesPresent) throws IOException {
            int index = BenchmarkAction.allocate(this);
            Path dir = BenchmarkAction.directory(this, index);
            if (filesPresent) {
                VnfBr br = gym("results_vnfbr-001.json", "build-" + number, gate);
                Documents.writeAtomically(dir.resolve(Archive.VNFBR_FILE), br);
                Files.writeString(dir.resolve(Archive.SUMMARY_FILE),
                        RunSummaryJson.write(ProfileSummariser.summarise(br, "job#" + number, (long) number)));
            }
            Verdict v = gate == null ? null : gate.equals("failed") ? Verdict.REGRESSION : Verdict.PASS;
            addAction(new BenchmarkAction(index, new BenchmarkSummary(vnfbr, "verification", v,
                    v == null ? Map.of() : Map.of(v, 1), v == Verdict.REGRESSION ? List.of("nfs=1") : List.of(),
                    v != Verdict.REGRESSION, "", "vnfbench-out/x/vnf-br.json"), "report/index.html", List.of()));
            return this;
        }
    }

    /**
     * Runs one vnfBenchmark call in {@code build} as Pipeline does, in the workspace {@code ws}, with this agent side and
     * the engine as it is, and returns the step's result (the call must succeed).
     */
    static Map<String, Object> runStep(FakeRun build, VnfBenchmarkStep step, Path ws, AgentGateway agent,
                                       Listener log) throws Exception {
        Context ctx = new Context().with(Run.class, build).with(TaskListener.class, log)
                .with(FilePath.class, new FilePath(ws.toFile())).with(EnvVars.class, new EnvVars());
        new BenchmarkExecution(ctx, settings(step), 300, agent, ENGINE, (r, l, s, rows) -> { }, (id, r) -> "").start();
        if (!ctx.await() || ctx.failure != null) {
            throw new AssertionError("the step did not succeed: " + log.text(), ctx.failure);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ctx.result;
        return result;
    }

    /** An agent side that answers every run with the same output VNF-BR, and records the request. */
    static final class Replay implements AgentGateway {
        final String vnfbrJson;
        volatile String requestJson;

        Replay(String vnfbrJson) {
            this.vnfbrJson = vnfbrJson;
        }

        @Override
        public String run(FilePath workspace, String request, TaskListener listener) {
            requestJson = request;
            return vnfbrJson;
        }

        @Override
        public boolean awaitTeardown(FilePath workspace, String lockFile, long timeoutMillis) {
            return true;
        }
    }

    static final class Listener implements TaskListener {
        private static final long serialVersionUID = 1L;
        final transient ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final transient PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        @Override
        public PrintStream getLogger() {
            return out;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Records what the step reported; {@link #await()} waits (bounded) for the step to finish. Deserializing it gives back
     * the same live context, as Pipeline rebinds a restored execution to its step's context.
     */
    static final class Context extends StepContext {
        private static final long serialVersionUID = 1L;
        private static final Map<String, Context> LIVE = new ConcurrentHashMap<>();
        private final String id = UUID.randomUUID().toString();
        final transient Map<Class<?>, Object> services = new HashMap<>();
        final transient CountDownLatch done = new CountDownLatch(1);
        transient volatile Object result;
        transient volatile Throwable failure;
        transient volatile Result buildResult;

        Context() {
            LIVE.put(id, this);
        }

        private Object readResolve() {
            return LIVE.get(id);
        }

        <T> Context with(Class<T> type, T value) {
            services.put(type, value);
            return this;
        }

        @Override
        public <T> T get(Class<T> key) {
            return key.cast(services.get(key));
        }

        @Override
        public void onSuccess(Object r) {
            result = r;
            done.countDown();
        }

        @Override
        public void onFailure(Throwable t) {
            failure = t;
            done.countDown();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public ListenableFuture<Void> saveState() {
            return Futures.immediateVoidFuture();
        }

        @Override
        public void setResult(Result r) {
            buildResult = buildResult == null ? r : buildResult.combine(r);
        }

        @Override
        public BodyInvoker newBodyInvoker() {
            throw new IllegalStateException("vnfBenchmark takes no body");
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        boolean await() throws InterruptedException {
            return done.await(30, TimeUnit.SECONDS);
        }
    }
}
