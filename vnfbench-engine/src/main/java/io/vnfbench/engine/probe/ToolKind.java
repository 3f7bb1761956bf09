package io.vnfbench.engine.probe;

import java.util.Locale;

/** The two sides of the draft's framework: Agents run probers (active), Monitors run listeners (passive). */
public enum ToolKind {
    PROBER,
    LISTENER;

    /** The word the draft writes in {@code source.type}: "prober" or "listener". */
    public String yangName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role written in a snapshot's {@code origin.role}: "agent" or "monitor". */
    public String originRole() {
        return this == PROBER ? "agent" : "monitor";
    }
}
