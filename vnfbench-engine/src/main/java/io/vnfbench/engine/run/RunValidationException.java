package io.vnfbench.engine.run;

import java.util.List;

/**
 * The VNF-BR cannot run as written: unknown tools or parameters, a bad {@code sched}, an unknown orchestrator type,
 * or a resumed file from different inputs. Raised before anything is deployed.
 */
public final class RunValidationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public RunValidationException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
