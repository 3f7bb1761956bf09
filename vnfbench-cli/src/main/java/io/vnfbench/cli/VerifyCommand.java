package io.vnfbench.cli;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.GateDecision;
import io.vnfbench.engine.session.GateRequest;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.NotComparableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vnfbench verify}: the performance gate of a run against a baseline (docs/verification.md). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Compares a candidate VNF-BR with a baseline (--baseline FILE or --history DIR) per Test key x"
                + " gated metric (the candidate's verification section, or --gate) and prints the verdict table."
                + " Warnings go to stderr.",
            "Without a baseline (a file or history that does not exist yet, no passing run) every comparison says"
                + " NO_BASELINE; absolute bounds still apply."},
        footer = ExitCode.HELP)
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CANDIDATE", description = "the VNF-BR to verify (JSON or YAML)")
    Path candidate;

    @Mixin
    GateOptions gate;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write the candidate VNF-BR with the verdicts (verification.result) to FILE")
    @CheckForNull Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    GateOptions.Format format = GateOptions.Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GateRequest request = gate.request(spec.commandLine());
        GateDecision decision;
        try {
            decision = Benchmarks.installed().gate(candidate, request, output);
        } catch (InvalidInputException e) {
            return Diagnostics.invalid(err, e);
        } catch (NotComparableException e) {
            err.println("error: cannot compare: " + e.getMessage());
            return ExitCode.RUN_ERROR;
        }
        return GateOptions.print(decision, format, spec.commandLine().getOut(), err);
    }
}
