package io.vnfbench.engine.bench;

import io.vnfbench.engine.model.Agent;
import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Constraint;
import io.vnfbench.engine.model.Cpu;
import io.vnfbench.engine.model.Experiments;
import io.vnfbench.engine.model.Inputs;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Memory;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Proceedings;
import io.vnfbench.engine.model.Resources;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.model.Tool;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.Plan;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.PlannedInstance;
import io.vnfbench.engine.plan.Planner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Planning benchmark (docs/performance.md): 100,000 instances of a VNF-BR whose VNF-BD has 20 nodes, five variables
 * of ten values each (node resources, a lifecycle parameter and a prober parameter) and one constraint. Measures
 * (a) enumerating every instance with its test key and status, (b) the same plus building every instance's VNF-BD,
 * and the peak heap of the whole run. Run it with:
 * <pre>
 * mvn -q -pl vnfbench-engine test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx256m -cp %classpath io.vnfbench.engine.bench.PlanBenchmark"
 * </pre>
 */
public final class PlanBenchmark {

    private PlanBenchmark() {
    }

    static VnfBr vnfBr() {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            nodes.add(new Node("n" + i, "internal", "image-" + i, "process", i == 1 ? "agent" : "sut",
                    new Resources(new Cpu(1L, null, null), new Memory(512L, "MB"), null),
                    List.of(new ConnectionPoint("n" + i + "-in", "ipv4", "internal", null),
                            new ConnectionPoint("n" + i + "-out", "ipv4", "internal", null)),
                    null,
                    List.of(new Lifecycle("start", null, List.of(new Parameter("config", "default")), List.of("run")))));
            if (i > 1) {
                links.add(new Link("l" + i, null, "E-Line", null, List.of("n" + (i - 1) + "-out", "n" + i + "-in")));
            }
        }
        VnfBd bd = new VnfBd("bench", null, null, null, null, new Experiments(3L, 1L),
                new Scenario(nodes, links, null, null),
                new Proceedings(List.of(new Agent("n1", null, List.of(new Tool(1L, 1L, "udp",
                        List.of(new Parameter("rate", "1000"), new Parameter("frame_size", "64")), null)))), null));
        List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(Integer::toString).toList();
        List<Variable> variables = List.of(
                new Variable("vcpus", "/scenario/nodes[id='n5']/resources/cpu/vcpus", "uint32", "resource", ten),
                new Variable("memory", "/scenario/nodes[id='n10']/resources/memory/size", "uint32", "resource",
                        ten.stream().map(v -> Integer.toString(Integer.parseInt(v) * 256)).toList()),
                new Variable("config", "/scenario/nodes[id='n15']/lifecycle[workflow='start']/parameters[input='config']/value",
                        "string", "configuration", ten.stream().map(v -> "profile-" + v).toList()),
                new Variable("rate", "/proceedings/agents[uuid='n1']/probers[id='1']/parameters[input='rate']/value",
                        "string", "stimulus", ten.stream().map(v -> v + "000").toList()),
                new Variable("trials", "/experiments/trials", "uint32", "configuration", ten));
        return new VnfBr("bench", null, null, null, null, null, null,
                new Inputs(variables, bd, List.of(new Constraint("budget", "vcpus * 2 + memory / 256 <= 28", null))),
                null, null, null);
    }

    public static void main(String[] args) throws Exception {
        VnfBr br = vnfBr();
        int rounds = 7;
        double[] enumerate = new double[rounds];
        double[] materialize = new double[rounds];
        double[] enumerateCpu = new double[rounds];
        double[] materializeCpu = new double[rounds];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int warm = 0; warm < 3; warm++) {
            checksum += run(br, false) + run(br, true);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            checksum += run(br, false);
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            checksum += run(br, true);
            long c2 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            enumerate[r] = (t1 - t0) / 1e6;
            materialize[r] = (t2 - t1) / 1e6;
            enumerateCpu[r] = (c1 - c0) / 1e6;
            materializeCpu[r] = (c2 - c1) / 1e6;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Arrays.sort(enumerate);
        Arrays.sort(materialize);
        Arrays.sort(enumerateCpu);
        Arrays.sort(materializeCpu);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("planning 100,000 instances, 20-node VNF-BD, 5 variables x 10 values, 1 constraint%n");
        System.out.printf("cores %d, max heap %d MB, Java %s%n", rt.availableProcessors(), rt.maxMemory() >> 20,
                System.getProperty("java.version"));
        System.out.printf("enumerate (keys + status):      median %.0f ms, min %.0f ms, max %.0f ms%n",
                enumerate[rounds / 2], enumerate[0], enumerate[rounds - 1]);
        System.out.printf("enumerate + build every VNF-BD: median %.0f ms, min %.0f ms, max %.0f ms%n",
                materialize[rounds / 2], materialize[0], materialize[rounds - 1]);
        System.out.printf("thread CPU time, enumerate:      median %.0f ms, min %.0f ms%n",
                enumerateCpu[rounds / 2], enumerateCpu[0]);
        System.out.printf("thread CPU time, enumerate+build: median %.0f ms, min %.0f ms%n",
                materializeCpu[rounds / 2], materializeCpu[0]);
        System.out.printf("system load average at the end: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("peak heap used (all heap pools, whole run): %.1f MB%n", peak / 1048576.0);
        System.out.printf("(checksum %d)%n", checksum);
    }

    private static long run(VnfBr br, boolean build) throws Exception {
        Plan plan = Planner.plan(br, new PlanOptions(100_000));
        long sum = 0;
        for (PlannedInstance i : plan.instances()) {
            sum += i.testKey().length();
            if (i.status() == PlannedInstance.Status.PLANNED) {
                sum++;
                if (build) {
                    sum += i.vnfbd().trials();
                }
            }
        }
        return sum;
    }
}
