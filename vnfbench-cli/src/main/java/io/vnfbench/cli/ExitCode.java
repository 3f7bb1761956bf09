package io.vnfbench.cli;

/** Every exit code of the {@code vnfbench} command, in one place (also listed in --help and the README). */
public final class ExitCode {
    /** Success; for verify: the gate passed. */
    public static final int OK = 0;
    /** The performance gate failed (a regression or an absolute bound broken). */
    public static final int GATE_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input document is invalid (syntax, schema, variables, gate specification). */
    public static final int INVALID_INPUT = 3;
    /** The run or its environment failed, or documents cannot be compared. */
    public static final int RUN_ERROR = 4;

    static final String HELP = "%nExit codes:%n"
            + "  0  success (verify: gate passed)%n"
            + "  1  gate failed: a regression or a broken absolute bound%n"
            + "  2  usage error on the command line%n"
            + "  3  invalid input document%n"
            + "  4  run or environment error, or documents that cannot be compared%n";

    private ExitCode() {
    }
}
