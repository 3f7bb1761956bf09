package io.vnfbench.engine.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@value #NAME} listener: the kernel's packet and drop counters of every network interface of every NF (and, on
 * request, of the switch's ports), from {@code /proc/PID/net/dev} of the node's namespace, counted over the
 * listener's run. One scalar per node,
 * connection point and counter, named {@code <node>.<connection point>.<counter>} — e.g.
 * {@code c1n2.c1n2-in.rx_packets} — so the profile shows each packet crossing each NF, interface by interface.
 * Needs the local environment's namespaces data plane.
 */
public final class InterfaceListener implements Listener {
    public static final String NAME = "interfaces";
    /** Counter name and its column in /proc/net/dev. */
    private static final Map<String, Integer> COUNTERS = counters();

    private static Map<String, Integer> counters() {
        Map<String, Integer> counters = new LinkedHashMap<>();
        counters.put("rx_packets", 1);
        counters.put("rx_dropped", 3);
        counters.put("tx_packets", 9);
        counters.put("tx_dropped", 11);
        return counters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> version() {
        return Optional.of("1");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("duration", false, null, "seconds to count (default: sched duration, else 1); "
                        + "cover the probers' warm-up, traffic and drain to see every packet"),
                new ParameterSpec("nodes", false, null, "comma-separated node ids to report, or 'all' for the NFs and "
                        + "the switch's ports (default: every NF)"));
    }

    @Override
    public List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>(Listener.super.validate(given));
        ToolParameters.checkNumber("listener '" + NAME + "'", given, "duration", 0.01, 86_400, problems);
        return problems;
    }

    @Override
    public ProbeResult run(ToolContext context) throws InterruptedException {
        Instant start = context.clock().instant();
        String call = call(context.parameters());
        if (!(context.targets() instanceof NamespaceTargets targets)) {
            return ProbeResult.failed("listener '" + NAME + "' reads the network interfaces of the SUT's namespaces; "
                    + "this deployment has none (use the local environment with orchestrator parameter data_plane: "
                    + "namespaces)", call, version().orElse(null), start, context.clock().instant());
        }
        List<NamespaceTargets.SutInterface> interfaces = selected(targets, context.parameters().get("nodes"));
        if (interfaces.isEmpty()) {
            return ProbeResult.failed("listener '" + NAME + "': no SUT interface matches nodes="
                    + context.parameters().get("nodes"), call, version().orElse(null), start, context.clock().instant());
        }
        Duration duration = ToolParameters.duration(context, Duration.ofSeconds(1));
        try {
            Map<NamespaceTargets.SutInterface, long[]> before = read(interfaces);
            boolean bounded = duration.compareTo(context.bound()) > 0;
            String error = null;
            if (!context.token().sleep(bounded ? context.bound() : duration)) {
                error = "cancelled: " + context.token().reason().orElse("interrupted");
            } else if (bounded) {
                error = "stopped at its bound of " + context.bound() + " (counted until then)";
            }
            Map<NamespaceTargets.SutInterface, long[]> after = read(interfaces);
            List<Measurement> metrics = new ArrayList<>();
            for (NamespaceTargets.SutInterface i : interfaces) {
                for (Map.Entry<String, Integer> counter : COUNTERS.entrySet()) {
                    long delta = after.get(i)[counter.getValue()] - before.get(i)[counter.getValue()];
                    metrics.add(Measurement.scalar(i.node() + "." + i.connectionPoint() + "." + counter.getKey(),
                            "packets", delta));
                }
            }
            return new ProbeResult(metrics, call, version().orElse(null), start, context.clock().instant(), error);
        } catch (IOException | IllegalArgumentException e) {
            return ProbeResult.failed("listener '" + NAME + "' cannot read the interface counters: " + e.getMessage(),
                    call, version().orElse(null), start, context.clock().instant());
        }
    }

    private static List<NamespaceTargets.SutInterface> selected(NamespaceTargets targets, String nodes) {
        if (nodes == null || nodes.isBlank()) {
            return targets.interfaces().stream().filter(i -> !i.switchPort()).toList();
        }
        if (nodes.strip().equals("all")) {
            return targets.interfaces();
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(nodes.strip().split("\\s*,\\s*")));
        return targets.interfaces().stream().filter(i -> wanted.contains(i.node())).toList();
    }

    /** One read of each namespace's /proc/net/dev, however many of its interfaces are reported. */
    private static Map<NamespaceTargets.SutInterface, long[]> read(List<NamespaceTargets.SutInterface> interfaces)
            throws IOException {
        Map<Path, Map<String, long[]>> files = new LinkedHashMap<>();
        Map<NamespaceTargets.SutInterface, long[]> counters = new LinkedHashMap<>();
        for (NamespaceTargets.SutInterface i : interfaces) {
            Map<String, long[]> file = files.get(i.procNetDev());
            if (file == null) {
                file = ProcFs.parseNetDev(Files.readString(i.procNetDev()));
                files.put(i.procNetDev(), file);
            }
            long[] values = file.get(i.name());
            if (values == null) {
                throw new IOException("node " + i.node() + " has no interface " + i.name() + " in " + i.procNetDev());
            }
            counters.put(i, values);
        }
        return counters;
    }

    private String call(Map<String, String> parameters) {
        StringBuilder call = new StringBuilder(NAME);
        new TreeMap<>(parameters).forEach((k, v) -> call.append(' ').append(k).append('=').append(v));
        return call.toString();
    }
}
