package io.vnfbench.engine.env.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.netns.NamespaceSupport;

/**
 * Which data plane the local environment deploys on, from orchestrator parameters: {@code data_plane}
 * ({@code loopback}, the default: UDP relays on 127.0.0.1; {@code namespaces}: real packets through network
 * namespaces, refused with the reason where the host cannot; {@code auto}: namespaces where the host allows, else
 * loopback with a note) and {@code user_namespace} ({@code auto}: only when not root; {@code true}; {@code false}).
 *
 * @param namespaces the probe of the host when the namespaces data plane is used, else empty
 * @param note why {@code auto} fell back to loopback, else empty
 */
record DataPlane(Optional<NamespaceSupport.Probe> namespaces, Optional<String> note, Duration readyTimeout) {
    static final String LOOPBACK = "loopback";
    static final String NAMESPACES = "namespaces";
    static final String AUTO = "auto";

    static DataPlane choose(Map<String, String> parameters) throws DeploymentException {
        String mode = parameters.getOrDefault("data_plane", LOOPBACK).strip().toLowerCase(Locale.ROOT);
        String user = parameters.getOrDefault("user_namespace", AUTO).strip().toLowerCase(Locale.ROOT);
        NamespaceSupport.Isolation isolation = switch (user) {
            case AUTO -> NamespaceSupport.defaultIsolation();
            case "true" -> NamespaceSupport.Isolation.USER_NAMESPACE;
            case "false" -> NamespaceSupport.Isolation.HOST;
            default -> throw new DeploymentException("orchestrator parameter 'user_namespace' must be auto, true or "
                    + "false, got '" + user + "'");
        };
        Duration ready = Duration.ofSeconds(30);
        String timeout = parameters.get("ready_timeout");
        if (timeout != null) {
            try {
                double seconds = Double.parseDouble(timeout.strip());
                if (seconds < 0 || seconds > 3600) {
                    throw new NumberFormatException(timeout);
                }
                ready = Duration.ofMillis(Math.round(seconds * 1000));
            } catch (NumberFormatException e) {
                throw new DeploymentException("orchestrator parameter 'ready_timeout' must be seconds from 0 to 3600 "
                        + "(0: do not wait for the chains to forward), got '" + timeout + "'");
            }
        }
        switch (mode) {
            case LOOPBACK:
                return new DataPlane(Optional.empty(), Optional.empty(), ready);
            case NAMESPACES: {
                NamespaceSupport.Probe probe = NamespaceSupport.probe(isolation);
                if (!probe.available()) {
                    throw new DeploymentException("orchestrator parameter data_plane is 'namespaces' but this host "
                            + "cannot provide them: " + probe.problem().orElse("unknown reason") + " (data_plane: auto "
                            + "falls back to the loopback relays)");
                }
                return new DataPlane(Optional.of(probe), Optional.empty(), ready);
            }
            case AUTO: {
                NamespaceSupport.Probe probe = NamespaceSupport.probe(isolation);
                if (probe.available()) {
                    return new DataPlane(Optional.of(probe), Optional.empty(), ready);
                }
                return new DataPlane(Optional.empty(), Optional.of("data_plane auto: the loopback relay data plane runs "
                        + "instead of network namespaces because " + probe.problem().orElse("they are unavailable")),
                        ready);
            }
            default:
                throw new DeploymentException("orchestrator parameter 'data_plane' must be loopback, namespaces or auto, "
                        + "got '" + mode + "'");
        }
    }

    boolean usesNamespaces() {
        return namespaces.isPresent();
    }

    /** What the profile's provenance says about the data plane. */
    Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("local.data_plane", usesNamespaces() ? NAMESPACES : LOOPBACK);
        namespaces.ifPresent(p -> facts.put("local.namespace_owner", p.isolation().label()));
        note.ifPresent(n -> facts.put("local.data_plane.note", n));
        return facts;
    }
}
