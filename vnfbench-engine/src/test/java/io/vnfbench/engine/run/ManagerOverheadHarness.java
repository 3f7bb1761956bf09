package io.vnfbench.engine.run;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.NoopProber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the Manager's own cost per Trial — scheduling, assembly, the atomic rewrite of the VNF-BR file and the
 * deploy/teardown calls of an environment that does nothing — with the no-op prober, for growing numbers of
 * instances. Not a test (no timed assertions); run it as documented in docs/performance.md:
 *
 * <pre>mvn -B -q -pl vnfbench-engine -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.vnfbench.engine.run.ManagerOverheadHarness</pre>
 */
public final class ManagerOverheadHarness {
    private ManagerOverheadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 10, 100};
        int trials = 10;
        int repetitions = 5;
        Path dir = Files.createTempDirectory("vnfbench-overhead");
        Path file = dir.resolve("vnf-br.json");
        run(10, trials, RunSink.incremental(file));
        System.out.printf(Locale.ROOT, "%-10s %-8s %-14s %-14s %-14s%n", "instances", "trials", "ms/trial (file)",
                "ms/trial (none)", "file bytes");
        for (int size : sizes) {
            double withFile = median(size, trials, repetitions, RunSink.incremental(file));
            double withoutFile = median(size, trials, repetitions, RunSink.none());
            System.out.printf(Locale.ROOT, "%-10d %-8d %-14.3f %-14.3f %-14d%n", size, size * trials, withFile,
                    withoutFile, Files.size(file));
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    private static double median(int instances, int trials, int repetitions, RunSink sink) throws Exception {
        double[] perTrial = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            run(instances, trials, sink);
            perTrial[r] = (System.nanoTime() - start) / 1e6 / (instances * (double) trials);
        }
        Arrays.sort(perTrial);
        return perTrial[repetitions / 2];
    }

    private static void run(int instances, int trials, RunSink sink) throws Exception {
        VnfBr br = Fixtures.vnfbr(1, trials, "- {id: 1, name: noop}");
        List<RunInstance> planned = new ArrayList<>(Fixtures.instances(br, instances));
        Fixtures.FakeEnvironment environment = new Fixtures.FakeEnvironment();
        Manager manager = new Manager(environment.registry(), ProbeRegistry.of(List.of(new NoopProber(),
                new Fixtures.TicksListener())), RunOptions.defaults(), Clock.systemUTC(), ProgressListener.NONE);
        RunResult result = manager.run(br, planned, sink, null, new CancellationToken());
        if (result.status() != RunStatus.COMPLETED || result.trialsRun() != instances * trials) {
            throw new IllegalStateException("the run did not complete: " + result.status());
        }
    }
}
