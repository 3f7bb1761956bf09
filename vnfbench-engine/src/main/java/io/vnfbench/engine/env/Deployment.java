package io.vnfbench.engine.env;

import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.Targets;
import io.vnfbench.engine.probe.ToolInvocation;
import java.util.List;
import java.util.Map;

/**
 * A deployed scenario for one Test: its addresses (as {@link Targets}), a way to run the agents' probers and
 * monitors' listeners against it, and teardown. Closing it tears it down; closing twice does nothing.
 */
public interface Deployment extends Targets, AutoCloseable {

    /** A unique id of this deployment, e.g. for process names or Kubernetes labels. */
    String id();

    /**
     * Runs one prober or listener run for an agent or monitor of the VNF-BD, e.g. with
     * {@link ToolInvocation#runLocally} where tools run on this machine. Returns within the invocation's bound and
     * promptly on cancellation of its token; a failure is a result with {@code error}, not an exception.
     */
    ProbeResult invoke(ToolInvocation invocation) throws InterruptedException;

    /**
     * What the environment could not honour as asked (e.g. "node c1n1: pinning to cpus 4-5 not possible, 2 cpus"),
     * written into the profile as warnings. Never silently ignore a request.
     */
    List<String> warnings();

    /**
     * Facts for the profile's provenance: exact commands of the SUT's processes, image digests, placement.
     * Keys are stable, e.g. {@code node.c1n1.command}.
     */
    Map<String, String> facts();

    /** Tears the scenario down and stops everything it started, within a bound; idempotent, never throws. */
    @Override
    void close();
}
