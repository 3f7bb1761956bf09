package io.vnfbench.engine.model.codec;

import java.util.List;
import java.util.stream.Collectors;

/** A document could not be read: every problem found, each with its place. */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DocumentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public static DocumentException of(String source, Location location, String yangPath, String message) {
        return new DocumentException(List.of(new Problem(source, location, yangPath, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
