package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Interleave;
import io.vnfbench.engine.model.Key;
import io.vnfbench.engine.session.BaselineSource;
import io.vnfbench.engine.session.GateOverrides;
import io.vnfbench.engine.session.GateRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate a verification run needs on the agent while it runs: live extra Trials ask it whether a Test key is still
 * undecided, and an interleaved run needs the versions. The baseline runs the controller chose travel as VNF-BR JSON
 * (part of the {@link AgentRequest}'s JSON, never as objects).
 *
 * @param tolerance the step's tolerance override as decimal text (the codec carries decimals as text), or null
 * @param baselines the chosen runs, newest first, as the controller's gate will see them
 * @param pooled    whether they are pooled as a history ({@code median:N})
 */
public record AgentGate(List<String> metrics, @CheckForNull String tolerance, @CheckForNull String confidence,
                        @CheckForNull Long minSamples, @CheckForNull String interleave, Boolean pooled, String note,
                        List<AgentBaseline> baselines) {

    /** One baseline run: its id (e.g. {@code #12}) and its VNF-BR as JSON. */
    public record AgentBaseline(@Key String id, String vnfbr) {
    }

    public AgentGate {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
        pooled = Boolean.TRUE.equals(pooled);
        note = note == null ? "" : note;
    }

    /** The step's overrides and the baselines the controller chose, their VNF-BRs read as JSON text. */
    static AgentGate of(GateOverrides gate, BaselineSource chosen) throws IOException {
        List<AgentBaseline> runs = new ArrayList<>();
        for (Map.Entry<String, Path> b : chosen.runs().entrySet()) {
            runs.add(new AgentBaseline(b.getKey(), Files.readString(b.getValue())));
        }
        Interleave ab = gate.interleave();
        Integer min = gate.minSamples();
        return new AgentGate(gate.metrics(), text(gate.tolerance()), text(gate.confidence()),
                min == null ? null : min.longValue(),
                ab == null ? null : ab.variable() + "=" + ab.baseline() + "," + ab.candidate(), chosen.pooled(),
                chosen.note(), runs);
    }

    /** The gate request on the agent: the same baselines and overrides. */
    GateRequest request() {
        Map<String, String> runs = new LinkedHashMap<>();
        for (AgentBaseline b : baselines) {
            runs.put(b.id(), b.vnfbr());
        }
        GateOverrides overrides = new GateOverrides(metrics, tolerance == null ? null : Double.valueOf(tolerance),
                confidence == null ? null : Double.valueOf(confidence),
                minSamples == null ? null : Math.toIntExact(minSamples), null);
        if (interleave != null && !interleave.isBlank()) {
            overrides = overrides.withInterleave(interleave);
        }
        return GateRequest.against(BaselineSource.documents(runs, pooled, note)).withOverrides(overrides);
    }

    private static @CheckForNull String text(@CheckForNull Double d) {
        return d == null ? null : d.toString();
    }
}
