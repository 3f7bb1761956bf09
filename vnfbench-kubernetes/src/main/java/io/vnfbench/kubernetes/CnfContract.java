package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user's CNF node asks of its container, in both data planes (docs/kubernetes.md, "User CNFs"): the
 * {@code start} workflow's {@code implementation} as the container's arguments, its parameter {@code command} as the
 * container's command, its parameters {@code env.NAME} as environment variables, and every {@code configure} parameter
 * as a file of a ConfigMap mounted at {@value #CONFIG_DIR} — each with the data plane's placeholders resolved.
 */
final class CnfContract {

    static final String CONFIG_DIR = "/etc/vnfbench/configure";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.:-]+)}");

    private CnfContract() {
    }

    /**
     * Sets the container's command, arguments, the {@code env.NAME} variables (after {@code env}, the data plane's
     * own) and the configuration volume.
     *
     * @param resolve resolves a text's placeholders, throwing {@link IllegalArgumentException} naming the node
     * @param configMaps receives the node's ConfigMap, if it has {@code configure} parameters
     */
    static void apply(Node node, ContainerBuilder cb, List<EnvVar> env, UnaryOperator<String> resolve,
            ManifestFactory.Meta meta, String configMapName, String volumeName, List<Volume> volumes,
            List<VolumeMount> mounts, List<ConfigMap> configMaps) {
        List<String> args = new ArrayList<>();
        node.workflow("start").map(Lifecycle::implementation).orElse(List.of()).forEach(a -> args.add(resolve.apply(a)));
        if (!args.isEmpty()) {
            cb.withArgs(args);
        }
        Optional<String> command = node.workflow("start").flatMap(l -> l.parameter("command"));
        if (command.isPresent()) {
            cb.withCommand(words(command.get()).stream().map(resolve).toList());
        }
        List<EnvVar> all = new ArrayList<>(env);
        for (Parameter p : node.workflow("start").map(Lifecycle::parameters).orElse(List.of())) {
            if (p.input().startsWith("env.") && p.value() != null) {
                String name = p.input().substring(4);
                if (!name.matches("[-._a-zA-Z][-._a-zA-Z0-9]*")) {
                    throw new IllegalArgumentException("node " + node.id() + ": start parameter '" + p.input()
                            + "': '" + name + "' is not an environment variable name");
                }
                all.add(new EnvVar(name, resolve.apply(p.value()), null));
            }
        }
        List<Parameter> configure = node.workflow("configure").map(Lifecycle::parameters).orElse(List.of());
        if (!configure.isEmpty()) {
            Map<String, String> data = new TreeMap<>();
            for (Parameter p : configure) {
                if (!p.input().matches("[-._a-zA-Z0-9]+")) {
                    throw new IllegalArgumentException("node " + node.id() + ": configure parameter '" + p.input()
                            + "' cannot be a ConfigMap key (letters, digits, '-', '_', '.')");
                }
                data.put(p.input(), p.value() == null ? "" : resolve.apply(p.value()));
            }
            configMaps.add(new ConfigMapBuilder().withMetadata(meta.of(configMapName, Map.of())).withData(data)
                    .build());
            volumes.add(new VolumeBuilder().withName(volumeName).withNewConfigMap().withName(configMapName)
                    .endConfigMap().build());
            mounts.add(new VolumeMountBuilder().withName(volumeName).withMountPath(CONFIG_DIR).withReadOnly(true)
                    .build());
            all.add(new EnvVar("VNFBENCH_CONFIG_DIR", CONFIG_DIR, null));
        }
        cb.withEnv(all);
    }

    /** Replaces each {@code {name}} by {@code value(name)}; an unknown name is the function's error. */
    static String substitute(String text, UnaryOperator<String> value) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A command given as a JSON array of strings, or as words separated by spaces. */
    static List<String> words(String command) {
        String c = command.strip();
        if (c.startsWith("[")) {
            List<String> out = new ArrayList<>();
            for (Object o : Serialization.unmarshal(c, List.class)) {
                out.add(String.valueOf(o));
            }
            return out;
        }
        return List.of(c.split("\\s+"));
    }
}
