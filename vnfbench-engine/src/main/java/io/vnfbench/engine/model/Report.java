package io.vnfbench.engine.model;

import java.util.List;

/** The snapshots of one Test. */
public record Report(@Key String id, Long test, List<Snapshot> snapshots, String timestamp, String error) {
    public Report {
        snapshots = Lists.of(snapshots);
    }
}
