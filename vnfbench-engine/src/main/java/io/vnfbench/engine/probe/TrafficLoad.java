package io.vnfbench.engine.probe;

import java.io.IOException;

/**
 * Runs trials of the built-in UDP load: in this process ({@link UdpLoad}), or with its sender and receiver in
 * processes of their own inside the traffic generator's and the sink's network namespaces ({@link UdpLoadAgents}).
 */
public interface TrafficLoad {

    /** Runs one trial. Throws IOException when a socket cannot be bound or an agent does not answer. */
    UdpLoad.Outcome run(UdpLoad.Stimulus stimulus) throws IOException;

    /** Hooks run right before the measured phase starts and right after its drain (e.g. to read SUT CPU time). */
    TrafficLoad onMeasuredPhase(Runnable starts, Runnable ends);
}
