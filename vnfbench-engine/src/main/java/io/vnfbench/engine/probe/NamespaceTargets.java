package io.vnfbench.engine.probe;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Targets of a deployment whose NFs, traffic generator and sink each live in a network namespace of their own (the
 * local environment's namespaces data plane). The tool context's command runner already runs commands in the
 * generator's namespace (ping, an iperf3 client); this adds the sink's side, the built-in UDP load split between the
 * two, and the SUT's network interfaces for counter listeners.
 */
public interface NamespaceTargets extends ProcessTargets {

    /** The generator's or the sink's namespace. */
    enum Side { GENERATOR, SINK }

    /** Runs commands inside the sink's namespace (e.g. an iperf3 server). */
    CommandRunner sinkCommands();

    /** The side's {@code /proc/net} (tcp, udp, dev...), readable from this process. */
    Path procNet(Side side);

    /** The built-in UDP load with its sender in the generator's namespace and its receiver in the sink's. */
    TrafficLoad udpLoad(List<UdpLoad.Chain> chains, BooleanSupplier cancelled);

    /** Every network interface of the SUT's nodes, in node order. */
    List<SutInterface> interfaces();

    /**
     * One interface of a SUT node.
     *
     * @param node the node id
     * @param connectionPoint the connection point the interface serves
     * @param name the interface name inside the node's namespace
     * @param procNetDev the {@code /proc/PID/net/dev} that shows its counters
     * @param switchPort whether the node is a switch (its interfaces are bridge ports) rather than an NF
     */
    record SutInterface(String node, String connectionPoint, String name, Path procNetDev, boolean switchPort) {
        public SutInterface {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(connectionPoint, "connectionPoint");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(procNetDev, "procNetDev");
        }
    }
}
