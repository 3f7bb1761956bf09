package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ProcessCommandRunner;
import io.vnfbench.engine.probe.Targets;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs one prober or listener of the engine inside a pod of the vnfbench image ({@code vnfbench-tool} in the
 * Containerfile) and prints its result as one JSON object on stdout, which the environment reads back from the log.
 * The deployment's addresses come from {@value #ENDPOINTS} and {@value #CHAINS}; a chain's egress is bound here,
 * on {@code 0.0.0.0}, the pod being the chain's traffic sink.
 *
 * <p>Arguments: {@code KIND NAME TOOL_ID HOST_ID DURATION_S|- BOUND_S INSTANCE REPEAT [input=value ...]}.
 */
public final class InPodTool {

    static final String ENDPOINTS = "VNFBENCH_ENDPOINTS";
    static final String CHAINS = "VNFBENCH_CHAINS";

    private InPodTool() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 8) {
            System.err.println("usage: vnfbench-tool KIND NAME TOOL_ID HOST_ID DURATION_S|- BOUND_S INSTANCE REPEAT"
                    + " [input=value ...]");
            System.exit(2);
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 8; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("vnfbench-tool: parameter '" + args[i] + "' is not input=value");
                System.exit(2);
                return;
            }
            parameters.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        ToolInvocation invocation = new ToolInvocation(ToolKind.valueOf(args[0].toUpperCase(Locale.ROOT)), args[1],
                args[2], args[3], parameters, args[4].equals("-") ? null : Duration.ofSeconds(Long.parseLong(args[4])),
                Duration.ofSeconds(Long.parseLong(args[5])), Integer.parseInt(args[6]), Integer.parseInt(args[7]),
                new CancellationToken());
        Targets targets = targets(System.getenv());
        Optional<String> notThrough = "udp".equals(args[1]) ? ChainPath.await(targets.chains(),
                Duration.ofSeconds(Math.max(5, Long.parseLong(args[5]) / 4))) : Optional.empty();
        ProbeResult result = notThrough.isPresent()
                ? ProbeResult.failed(notThrough.get(), args[1], null, java.time.Instant.now(), java.time.Instant.now())
                : invocation.runLocally(ProbeRegistry.load(), targets, new ProcessCommandRunner(), Clock.systemUTC());
        System.out.println(json(result));
        System.exit(result.error() == null ? 0 : 1);
    }

    static Targets targets(Map<String, String> env) {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (String pair : KubernetesSettings.list(env.get(ENDPOINTS))) {
            int eq = pair.indexOf('=');
            endpoints.put(pair.substring(0, eq), endpoint(pair.substring(eq + 1)));
        }
        List<Targets.Chain> chains = new ArrayList<>();
        for (String pair : KubernetesSettings.list(env.get(CHAINS))) {
            int eq = pair.indexOf('=');
            int k = Integer.parseInt(pair.substring(0, eq));
            chains.add(new Targets.Chain(k, endpoint(pair.substring(eq + 1)),
                    new Endpoint("0.0.0.0", ManifestFactory.SINK_PORT + k)));
        }
        return new Targets() {
            @Override
            public Optional<Endpoint> endpoint(String reference) {
                String key = endpoints.containsKey(reference) || !reference.contains(":") ? reference
                        : reference.substring(reference.indexOf(':') + 1);
                return Optional.ofNullable(endpoints.get(key));
            }

            @Override
            public List<Chain> chains() {
                return List.copyOf(chains);
            }
        };
    }

    private static Endpoint endpoint(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return new Endpoint(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    static String json(ProbeResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> metrics = new ArrayList<>();
        for (Measurement m : result.metrics()) {
            Map<String, Object> metric = new LinkedHashMap<>();
            metric.put("name", m.name());
            metric.put("unit", m.unit());
            metric.put("type", m.type());
            if (m.scalar() != null) {
                metric.put("scalar", m.scalar());
            }
            if (!m.vector().isEmpty()) {
                metric.put("vector", m.vector());
            }
            if (!m.series().isEmpty()) {
                metric.put("series", m.series().stream().map(p -> Map.of("key", p.key(), "value", p.value())).toList());
            }
            metrics.add(metric);
        }
        out.put("metrics", metrics);
        out.put("call", result.call());
        if (result.version() != null) {
            out.put("version", result.version());
        }
        if (result.error() != null) {
            out.put("error", result.error());
        }
        return Serialization.asJson(out);
    }

    /** Reads back the JSON that {@link #json} prints in the pod ({@code vnfbench-tool}). */
    @SuppressWarnings("unchecked")
    static ProbeResult parse(String json, String call, Instant start, Instant stop) {
        Object parsed;
        try {
            parsed = Serialization.unmarshal(json.strip(), Map.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + PodStatusClassifier.abbreviate(json.strip(), 200));
        }
        if (!(parsed instanceof Map<?, ?> map) || !map.containsKey("metrics")) {
            throw new IllegalArgumentException("JSON without 'metrics': "
                    + PodStatusClassifier.abbreviate(json.strip(), 200));
        }
        List<Measurement> metrics = new ArrayList<>();
        for (Object o : (List<Object>) map.get("metrics")) {
            Map<String, Object> m = (Map<String, Object>) o;
            List<Measurement.Point> series = new ArrayList<>();
            for (Object p : (List<Object>) m.getOrDefault("series", List.of())) {
                Map<String, Object> point = (Map<String, Object>) p;
                series.add(new Measurement.Point(String.valueOf(point.get("key")),
                        String.valueOf(point.get("value"))));
            }
            List<String> vector = ((List<Object>) m.getOrDefault("vector", List.of())).stream()
                    .map(String::valueOf).toList();
            metrics.add(new Measurement((String) m.get("name"), (String) m.get("unit"),
                    String.valueOf(m.getOrDefault("type", "float")),
                    m.get("scalar") == null ? null : String.valueOf(m.get("scalar")), vector, series));
        }
        Object error = map.get("error");
        Object version = map.get("version");
        Object inner = map.get("call");
        return new ProbeResult(metrics, inner == null ? call : String.valueOf(inner),
                version == null ? null : String.valueOf(version), start, stop,
                error == null ? null : String.valueOf(error));
    }
}
