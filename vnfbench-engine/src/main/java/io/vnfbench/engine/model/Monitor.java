package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/** A Monitor: runs listeners that observe the SUT or its host. */
public record Monitor(@Key String uuid, @Nullable String name, List<Tool> listeners) {
    public Monitor {
        listeners = Lists.of(listeners);
    }
}
