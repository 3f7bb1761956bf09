package io.vnfbench.engine.plan;

import io.vnfbench.engine.model.codec.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A VNF-BR cannot be planned: every problem found, each naming the variable, its path and where it was declared. */
public final class PlanException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public PlanException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
