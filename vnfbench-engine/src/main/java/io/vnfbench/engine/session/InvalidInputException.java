package io.vnfbench.engine.session;

import java.util.List;

/**
 * An input cannot be used as given: a document that does not read, variables that do not resolve, unknown tools or
 * parameters, a gate specification or override that is not valid, a file to resume from other inputs. Every problem is
 * one line naming where ({@code file:line:col: /yang/path: message} wherever the place is known). The command line
 * exits with 3; the Jenkins step fails with these lines.
 */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;
    private final transient List<String> warnings;

    public InvalidInputException(List<String> problems, List<String> warnings) {
        super(String.join(System.lineSeparator(), problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem), List.of());
    }

    /** What is wrong, one located line each. */
    public List<String> problems() {
        return problems;
    }

    /** Warnings found while reading before the problems stopped it (they are worth showing too). */
    public List<String> warnings() {
        return warnings;
    }
}
