package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/**
 * VNF Performance Profile (module vnf-pp): one report per Test.
 *
 * @param provenance vnfbench extension: host, tool versions, commands and retries of the run (docs/manager.md)
 */
public record VnfPp(@Nullable String id, @Nullable String name, @Nullable String version,
        @Nullable String description, @Nullable String timestamp,
        List<Report> reports, @Nullable @Extension Provenance provenance) {
    public VnfPp {
        reports = Lists.of(reports);
    }

    /** A profile without provenance, as the draft defines it. */
    public VnfPp(String id, String name, String version, String description, String timestamp, List<Report> reports) {
        this(id, name, version, description, timestamp, reports, null);
    }

    public VnfPp withProvenance(Provenance newProvenance) {
        return new VnfPp(id, name, version, description, timestamp, reports, newProvenance);
    }
}
