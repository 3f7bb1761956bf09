package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to gate a run: against which baseline, with which gate (the candidate's own {@code verification} section, or one
 * from a separate file), which overrides, and whether to write JUnit XML.
 *
 * @param gateFile  a {@code verification} section (JSON or YAML) to use instead of the candidate's; null: the candidate's
 * @param junit     where to write the verdicts as JUnit XML; null: not written
 */
public record GateRequest(BaselineSource baseline, @CheckForNull Path gateFile, GateOverrides overrides, @CheckForNull Path junit) {

    public GateRequest {
        Objects.requireNonNull(baseline, "baseline");
        overrides = overrides == null ? GateOverrides.NONE : overrides;
    }

    public static GateRequest against(BaselineSource baseline) {
        return new GateRequest(baseline, null, GateOverrides.NONE, null);
    }

    public GateRequest withGateFile(Path file) {
        return new GateRequest(baseline, file, overrides, junit);
    }

    public GateRequest withOverrides(GateOverrides newOverrides) {
        return new GateRequest(baseline, gateFile, newOverrides, junit);
    }

    public GateRequest withJunit(Path file) {
        return new GateRequest(baseline, gateFile, overrides, file);
    }

    public Optional<Path> gateFileIfAny() {
        return Optional.ofNullable(gateFile);
    }
}
