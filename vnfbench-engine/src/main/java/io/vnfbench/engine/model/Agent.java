package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/** An Agent: runs probers that stimulate the SUT. */
public record Agent(@Key String uuid, @Nullable String name, List<Tool> probers) {
    public Agent {
        probers = Lists.of(probers);
    }
}
