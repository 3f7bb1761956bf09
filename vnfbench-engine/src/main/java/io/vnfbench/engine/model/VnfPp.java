package io.vnfbench.engine.model;

import java.util.List;

/** VNF Performance Profile (module vnf-pp): one report per Test. */
public record VnfPp(String id, String name, String version, String description, String timestamp,
        List<Report> reports) {
    public VnfPp {
        reports = Lists.of(reports);
    }
}
