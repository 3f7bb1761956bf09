package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/** The snapshots of one Test. */
public record Report(@Key String id, @Nullable Long test, List<Snapshot> snapshots, @Nullable String timestamp,
        @Nullable String error) {
    public Report {
        snapshots = Lists.of(snapshots);
    }
}
