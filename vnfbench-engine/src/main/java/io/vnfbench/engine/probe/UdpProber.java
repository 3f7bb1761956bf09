package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * The built-in UDP prober {@value #NAME}: load into every chain of the deployed scenario (flows spread over the
 * chains like NFVbench), measuring throughput, loss, latency percentiles and jitter; or, with {@code rate: ndr_pdr},
 * an NDR/PDR binary search. Parameter names follow NFVbench where Gym has no such tool. See
 * docs/local-environment.md for every parameter and metric.
 */
public final class UdpProber implements Prober {
    public static final String NAME = "udp";
    static final String VERSION = "1";
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(pps|kpps|mpps|bps|kbps|mbps|gbps)?");
    private static final List<String> MODES = List.of("max", "ndr_pdr", "ndr", "pdr");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> version() {
        return Optional.of(VERSION);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.optional("rate", "max", "max (highest rate with at most 'window' datagrams in flight), "
                        + "ndr_pdr|ndr|pdr (binary search), or a fixed rate such as 100000pps, 50kpps, 20Mbps"),
                new ParameterSpec("duration", false, null, "seconds of measured traffic per trial (default: sched "
                        + "duration, else 1)"),
                ParameterSpec.optional("frame_size", "64", "UDP payload bytes per datagram (at least 28)"),
                new ParameterSpec("flows", false, null, "distinct source sockets, spread over the chains "
                        + "(default 2 per chain)"),
                ParameterSpec.optional("window", "128", "rate=max: datagrams in flight at most (0: send flat out)"),
                ParameterSpec.optional("warmup", "0.2", "seconds of unmeasured traffic before each trial"),
                ParameterSpec.optional("ndr", "0.001", "NDR loss threshold in percent"),
                ParameterSpec.optional("pdr", "0.1", "PDR loss threshold in percent"),
                ParameterSpec.optional("load_epsilon", "1", "search stops when the rate interval is narrower than "
                        + "this percentage of the highest rate"),
                ParameterSpec.optional("step_duration", "0.5", "seconds of traffic per search step"));
    }

    @Override
    public List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>(Prober.super.validate(given));
        String tool = "prober '" + NAME + "'";
        String rate = given.get("rate");
        if (rate != null && !MODES.contains(rate.strip().toLowerCase(Locale.ROOT))
                && !RATE.matcher(rate.strip().toLowerCase(Locale.ROOT)).matches()) {
            problems.add(tool + " parameter 'rate' must be max, ndr_pdr, ndr, pdr or a rate such as 100000pps, "
                    + "50kpps, 20Mbps; got '" + rate + "'");
        }
        ToolParameters.checkNumber(tool, given, "duration", 0.001, 86_400, problems);
        ToolParameters.checkNumber(tool, given, "frame_size", UdpLoad.MIN_FRAME_SIZE, 65_507, problems);
        ToolParameters.checkNumber(tool, given, "flows", 1, 4096, problems);
        ToolParameters.checkNumber(tool, given, "window", 0, 1_000_000, problems);
        ToolParameters.checkNumber(tool, given, "warmup", 0, 60, problems);
        ToolParameters.checkNumber(tool, given, "ndr", 0, 100, problems);
        ToolParameters.checkNumber(tool, given, "pdr", 0, 100, problems);
        ToolParameters.checkNumber(tool, given, "load_epsilon", 0.01, 50, problems);
        ToolParameters.checkNumber(tool, given, "step_duration", 0.001, 3600, problems);
        return problems;
    }

    @Override
    public ProbeResult run(ToolContext context) throws InterruptedException {
        Instant start = context.clock().instant();
        Map<String, String> p = context.parameters();
        String call = call(p);
        long deadline = System.nanoTime() + context.bound().toNanos();
        BooleanSupplier stop = () -> context.token().isCancelled() || System.nanoTime() >= deadline
                || Thread.currentThread().isInterrupted();
        if (context.token().isCancelled()) {
            return ProbeResult.failed("cancelled before start: " + context.token().reason().orElse(""), call, VERSION,
                    start, context.clock().instant());
        }
        List<UdpLoad.Chain> chains;
        try {
            chains = chains(context.targets());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return ProbeResult.failed(e.getMessage(), call, VERSION, start, context.clock().instant());
        }
        if (chains.isEmpty()) {
            return ProbeResult.failed("prober 'udp' needs a chain scenario (scenario.chains) to send through; the "
                    + "deployment has no chains", call, VERSION, start, context.clock().instant());
        }
        NamespaceTargets namespaces = context.targets() instanceof NamespaceTargets n ? n : null;
        if (namespaces == null) {
            warmUpGenerator();
        }
        int frameSize = (int) ToolParameters.number(p, "frame_size", 64);
        int flows = p.containsKey("flows") ? (int) ToolParameters.number(p, "flows", 2) : 2 * chains.size();
        Duration duration = ToolParameters.duration(context, Duration.ofSeconds(1));
        UdpLoad.Stimulus stimulus = new UdpLoad.Stimulus(0, (int) ToolParameters.number(p, "window", 128), frameSize,
                duration, flows, ToolParameters.seconds(ToolParameters.number(p, "warmup", 0.2)),
                Duration.ofMillis(50), Duration.ofSeconds(1));
        TrafficLoad load = namespaces != null ? namespaces.udpLoad(chains, stop) : new UdpLoad(chains, stop);
        String rate = p.getOrDefault("rate", "max").strip().toLowerCase(Locale.ROOT);
        try {
            List<Measurement> metrics;
            if (MODES.contains(rate) && !rate.equals("max")) {
                metrics = search(load, stimulus, rate, p, stop);
            } else {
                double pps = rate.equals("max") ? 0 : pps(rate, frameSize);
                UdpLoad.Stimulus fixed = pps > 0 ? stimulus.withRate(pps) : stimulus;
                SutCpu cpu = new SutCpu(context.targets());
                UdpLoad.Outcome outcome = load.onMeasuredPhase(cpu::start, cpu::stop).run(fixed);
                metrics = new ArrayList<>(measurements("", outcome, true));
                cpu.perPacket(outcome.rxPackets()).ifPresent(us ->
                        metrics.add(Measurement.scalar("sut_cpu_per_packet", "us", us)));
            }
            if (context.token().isCancelled()) {
                return new ProbeResult(metrics, call, VERSION, start, context.clock().instant(),
                        "cancelled: " + context.token().reason().orElse(""));
            }
            if (System.nanoTime() >= deadline) {
                return new ProbeResult(metrics, call, VERSION, start, context.clock().instant(),
                        "stopped at its bound of " + context.bound());
            }
            return ProbeResult.ok(metrics, call, VERSION, start, context.clock().instant());
        } catch (IOException e) {
            String hint = namespaces != null ? "" : " (each chain's egress takes one receiver: run one udp prober "
                    + "instance per deployment at a time)";
            return ProbeResult.failed("prober 'udp' could not run its load: " + e.getMessage() + hint, call, VERSION,
                    start, context.clock().instant());
        }
    }

    private List<Measurement> search(TrafficLoad load, UdpLoad.Stimulus stimulus, String mode, Map<String, String> p,
                                     BooleanSupplier stop) throws IOException {
        UdpLoad.Stimulus step = stimulus.withDuration(ToolParameters.seconds(ToolParameters.number(p, "step_duration", 0.5)));
        Map<String, Double> thresholds = new LinkedHashMap<>();
        if (!mode.equals("pdr")) {
            thresholds.put("ndr", ToolParameters.number(p, "ndr", 0.001));
        }
        if (!mode.equals("ndr")) {
            thresholds.put("pdr", ToolParameters.number(p, "pdr", 0.1));
        }
        // The upper bound: what the generator sends flat out (no window), as NFVbench starts from line rate.
        UdpLoad.Outcome flatOut = load.run(new UdpLoad.Stimulus(0, 0, step.frameSize(), step.duration(), step.flows(),
                step.warmup(), step.drainIdle(), step.drainMax()));
        double upper = flatOut.txPps();
        NdrPdrSearch.Result<UdpLoad.Outcome> result;
        try {
            result = NdrPdrSearch.search(pps -> stop.getAsBoolean() ? Optional.empty()
                    : Optional.of(load.run(step.withRate(pps))), flatOut, upper, thresholds,
                    ToolParameters.number(p, "load_epsilon", 1) / 100.0);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Measurement> metrics = new ArrayList<>();
        metrics.add(Measurement.scalar("max_tx_pps", "pps", upper));
        metrics.add(Measurement.scalar("max_rx_pps", "pps", flatOut.rxPps()));
        for (Map.Entry<String, Optional<UdpLoad.Outcome>> found : result.found().entrySet()) {
            String prefix = found.getKey() + "_";
            if (found.getValue().isPresent()) {
                UdpLoad.Outcome o = found.getValue().get();
                metrics.add(Measurement.scalar(prefix + "pps", "pps", o.txPps()));
                metrics.add(Measurement.scalar(prefix + "bps", "bps", o.txBps()));
                metrics.addAll(measurements(prefix, o, false));
            } else {
                metrics.add(Measurement.scalar(prefix + "pps", "pps", 0.0));
                metrics.add(Measurement.scalar(prefix + "bps", "bps", 0.0));
            }
        }
        List<Measurement.Point> offered = new ArrayList<>();
        List<Measurement.Point> received = new ArrayList<>();
        List<Measurement.Point> loss = new ArrayList<>();
        for (int i = 0; i < result.steps().size(); i++) {
            UdpLoad.Outcome o = result.steps().get(i);
            offered.add(Measurement.Point.of(i + 1, o.txPps()));
            received.add(Measurement.Point.of(i + 1, o.rxPps()));
            loss.add(Measurement.Point.of(i + 1, o.lossPercent()));
        }
        metrics.add(Measurement.series("search_tx_pps", "pps", offered));
        metrics.add(Measurement.series("search_rx_pps", "pps", received));
        metrics.add(Measurement.series("search_frame_loss", "%", loss));
        metrics.add(Measurement.scalar("search_steps", "steps", (long) result.steps().size()));
        return metrics;
    }

    /**
     * CPU time (user + system, from /proc) the SUT's processes spent during the measured phase, where the
     * environment runs the SUT as local processes. Less sensitive to other load on the machine than rates and
     * latencies: it counts the work every hop costs, not the time spent waiting for a CPU.
     */
    static final class SutCpu {
        private final Targets targets;
        @CheckForNull
        private java.util.Map<Long, Long> before;
        private long spentTicks = -1;

        SutCpu(Targets targets) {
            this.targets = targets;
        }

        void start() {
            before = ticks();
        }

        void stop() {
            java.util.Map<Long, Long> after = ticks();
            if (before == null || after == null) {
                return;
            }
            long spent = 0;
            for (java.util.Map.Entry<Long, Long> entry : after.entrySet()) {
                Long earlier = before.get(entry.getKey());
                if (earlier != null) {
                    spent += entry.getValue() - earlier;
                }
            }
            spentTicks = spent;
        }

        /** Empty when the SUT has no processes doing the work (e.g. kernel-forwarding NFs) or nothing arrived. */
        Optional<Double> perPacket(long packets) {
            if (spentTicks < 0 || packets <= 0 || before == null || before.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(spentTicks / ProcFs.TICKS_PER_SECOND * 1e6 / packets);
        }

        @CheckForNull
        private java.util.Map<Long, Long> ticks() {
            if (!(targets instanceof ProcessTargets local)) {
                return null;
            }
            java.util.Map<Long, Long> ticks = new java.util.HashMap<>();
            for (ProcessHandle process : local.sutProcesses()) {
                try {
                    ticks.put(process.pid(), ProcFs.parseProcessStat(ProcFs.read("/proc/" + process.pid() + "/stat")).ticks());
                } catch (IOException | RuntimeException e) {
                    // Gone meanwhile: it no longer counts.
                }
            }
            return ticks;
        }
    }

    private static final Object WARM_UP_LOCK = new Object();
    private static volatile boolean warmedUp;

    /**
     * Once per JVM, runs the generator and receiver flat out into each other on loopback for half a second, so
     * that their code is compiled before the first measured trial; otherwise the first instance of a run measures
     * a cold generator (seen as a 2x lower rate in the first of 12 instances).
     */
    static void warmUpGenerator() {
        if (warmedUp) {
            return;
        }
        synchronized (WARM_UP_LOCK) {
            if (warmedUp) {
                return;
            }
            try {
                InetSocketAddress self = new InetSocketAddress(InetAddress.getLoopbackAddress(), freeLoopbackUdpPort());
                new UdpLoad(List.of(new UdpLoad.Chain(self, self)), () -> false).run(new UdpLoad.Stimulus(0, 128, 64,
                        Duration.ofMillis(500), 2, Duration.ZERO, Duration.ofMillis(20), Duration.ofMillis(200)));
            } catch (IOException | RuntimeException e) {
                // Warming up is an optimisation: the measured trial reports its own socket problems.
            }
            warmedUp = true;
        }
    }

    /** A loopback UDP port that was free a moment ago (its socket is closed again before the port is used). */
    private static int freeLoopbackUdpPort() throws IOException {
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return socket.getLocalPort();
        }
    }

    /** Metrics of one trial; {@code prefix} is "" or "ndr_"/"pdr_" for the latency at a search result. */
    static List<Measurement> measurements(String prefix, UdpLoad.Outcome o, boolean full) {
        List<Measurement> metrics = new ArrayList<>();
        if (full) {
            metrics.add(Measurement.scalar("throughput_pps", "pps", o.rxPps()));
            metrics.add(Measurement.scalar("throughput_bps", "bps", o.rxBps()));
            metrics.add(Measurement.scalar("tx_pps", "pps", o.txPps()));
            metrics.add(Measurement.scalar("tx_packets", "packets", o.txPackets()));
            metrics.add(Measurement.scalar("rx_packets", "packets", o.rxPackets()));
            metrics.add(Measurement.scalar("out_of_order", "packets", o.outOfOrder()));
        }
        metrics.add(Measurement.scalar(prefix + "frame_loss", "%", o.lossPercent()));
        Histogram h = o.latency();
        if (h.getTotalCount() > 0) {
            metrics.add(Measurement.scalar(prefix + "latency_min", "us", h.getMinValue() / 1000.0));
            metrics.add(Measurement.scalar(prefix + "latency_avg", "us", h.getMean() / 1000.0));
            metrics.add(Measurement.scalar(prefix + "latency_p50", "us", h.getValueAtPercentile(50) / 1000.0));
            metrics.add(Measurement.scalar(prefix + "latency_p99", "us", h.getValueAtPercentile(99) / 1000.0));
            metrics.add(Measurement.scalar(prefix + "latency_max", "us", h.getMaxValue() / 1000.0));
            metrics.add(Measurement.scalar(prefix + "jitter", "us", o.jitterNanos() / 1000.0));
        }
        return metrics;
    }

    /** Packets per second for a fixed rate such as {@code 100000}, {@code 50kpps} or {@code 20Mbps}. */
    static double pps(String rate, int frameSize) {
        Matcher m = RATE.matcher(rate.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a rate: " + rate);
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "pps" : m.group(2);
        return switch (unit) {
            case "pps" -> value;
            case "kpps" -> value * 1e3;
            case "mpps" -> value * 1e6;
            case "bps" -> value / (frameSize * 8.0);
            case "kbps" -> value * 1e3 / (frameSize * 8.0);
            case "mbps" -> value * 1e6 / (frameSize * 8.0);
            case "gbps" -> value * 1e9 / (frameSize * 8.0);
            default -> throw new IllegalArgumentException("unknown rate unit " + unit);
        };
    }

    static List<UdpLoad.Chain> chains(Targets targets) throws UnknownHostException {
        List<UdpLoad.Chain> chains = new ArrayList<>();
        for (Targets.Chain chain : targets.chains()) {
            chains.add(new UdpLoad.Chain(socket(chain.ingress()), socket(chain.egress())));
        }
        return chains;
    }

    private static InetSocketAddress socket(Endpoint endpoint) throws UnknownHostException {
        if (endpoint.port() == 0) {
            throw new IllegalArgumentException("prober 'udp' needs a port on chain endpoint " + endpoint);
        }
        return new InetSocketAddress(InetAddress.getByName(endpoint.host()), endpoint.port());
    }

    private static String call(Map<String, String> parameters) {
        StringBuilder call = new StringBuilder(NAME);
        new TreeMap<>(parameters).forEach((k, v) -> call.append(' ').append(k).append('=').append(v));
        return call.toString();
    }
}
