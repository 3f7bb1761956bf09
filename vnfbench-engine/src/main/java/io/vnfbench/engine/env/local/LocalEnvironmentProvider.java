package io.vnfbench.engine.env.local;

import java.time.Duration;
import java.util.TreeSet;

import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;

/** ServiceLoader entry of the embedded {@code local} environment. */
public final class LocalEnvironmentProvider implements ExecutionEnvironmentProvider {

    @Override
    public String type() {
        return LocalEnvironment.TYPE;
    }

    @Override
    public String description() {
        return "SUT nodes on this machine: network namespaces with kernel-forwarding routers, a Linux bridge and any "
                + "command (data_plane: namespaces), or UDP relays on loopback (data_plane: loopback)";
    }

    @Override
    public ExecutionEnvironment create(EnvironmentSettings settings) throws DeploymentException {
        for (String name : settings.parameters().keySet()) {
            if (!LocalEnvironment.PARAMETERS.contains(name)) {
                throw new DeploymentException("orchestrator parameter '" + name + "' is not understood by the local "
                        + "environment; it accepts " + new TreeSet<>(LocalEnvironment.PARAMETERS));
            }
        }
        Duration grace = Duration.ofSeconds(2);
        String value = settings.parameters().get("stop_grace");
        if (value != null) {
            try {
                grace = Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 1000));
            } catch (NumberFormatException e) {
                throw new DeploymentException("orchestrator parameter 'stop_grace' must be seconds, got '" + value + "'");
            }
        }
        return new LocalEnvironment(settings.tools(), settings.clock(), grace, DataPlane.choose(settings.parameters()));
    }
}
