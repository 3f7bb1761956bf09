package io.vnfbench.engine.model;

import java.util.List;

/** An Agent: runs probers that stimulate the SUT. */
public record Agent(@Key String uuid, String name, List<Tool> probers) {
    public Agent {
        probers = Lists.of(probers);
    }
}
