package io.vnfbench.engine.verify;

import java.util.List;

/** A gate specification that cannot be used; every problem names the YANG path of the offending leaf. */
public final class GateSpecException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public GateSpecException(List<String> problems) {
        super("invalid gate specification: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
