package io.vnfbench.engine.verify;

/** The overall outcome of a gate. */
public enum GateResult {
    PASSED,
    FAILED;

    /** The word written into the VNF-BR. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
