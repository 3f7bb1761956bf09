package io.vnfbench.engine.env;

import java.util.Set;

/** The VNF-BR names an orchestrator type no installed environment serves. */
public final class UnknownEnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final Set<String> installed;

    public UnknownEnvironmentException(String type, Set<String> installed) {
        super("no execution environment for orchestrator type '" + type + "' is installed; installed types: "
                + installed + " (set environment.orchestrator.type to one of them, or leave it out for 'local')");
        this.type = type;
        this.installed = Set.copyOf(installed);
    }

    public String type() {
        return type;
    }

    public Set<String> installed() {
        return installed;
    }
}
