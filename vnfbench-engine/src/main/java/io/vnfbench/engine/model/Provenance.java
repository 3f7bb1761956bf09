package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/**
 * A vnfbench extension of the VNF-PP: where, with what and how the profile was measured, so a number can be traced
 * and a run repeated (documented in docs/manager.md).
 *
 * @param timestamp when the Manager started and stopped work on this instance (ISO-8601 UTC)
 * @param host the machine the Manager ran on
 * @param environment the orchestrator type that deployed the scenario, e.g. {@code local}
 * @param tools every prober and listener that ran, with its version
 * @param commands the distinct exact calls of the tools and of the scenario's processes, in first-use order
 * @param facts what the environment reported about its deployments (commands of SUT nodes, images, placement),
 *     keyed {@code test.<n>.<name>}
 * @param retries every failed infrastructure attempt that was retried
 * @param warnings what the environment could not honour as asked, and other things the reader should know
 */
public record Provenance(@Nullable Timestamps timestamp, @Nullable ProvenanceHost host,
        @Nullable String environment, List<ToolVersion> tools,
        List<String> commands, List<Fact> facts, List<Retry> retries, List<String> warnings) {
    public Provenance {
        tools = Lists.of(tools);
        commands = Lists.of(commands);
        facts = Lists.of(facts);
        retries = Lists.of(retries);
        warnings = Lists.of(warnings);
    }

    /**
     * The machine the Manager ran on.
     *
     * @param cpuModel as the kernel names it (/proc/cpuinfo "model name")
     * @param cores processors available to the JVM
     * @param kernel the kernel release (os.version)
     * @param java the Java runtime version and VM
     */
    public record ProvenanceHost(@Nullable String hostname, @Nullable @YangName("cpu_model") String cpuModel,
            @Nullable Long cores, @Nullable String kernel,
            @Nullable String os, @Nullable String java) {
    }

    /**
     * A tool's version.
     *
     * @param id {@code <type>/<name>}, e.g. {@code prober/iperf3}
     * @param type prober or listener
     * @param version as the tool reports it; absent when it cannot be told
     */
    public record ToolVersion(@Key String id, @Nullable String type, @Nullable String name,
            @Nullable String version) {
    }

    /** One fact reported by the environment. */
    public record Fact(@Key String name, @Nullable String value) {
    }

    /**
     * A failed infrastructure attempt that was retried.
     *
     * @param id {@code test-<n>-attempt-<k>}
     * @param attempt the failed attempt, 1-based
     */
    public record Retry(@Key String id, @Nullable Long test, @Nullable Long attempt,
            @Nullable String operation, @Nullable String error) {
    }
}
