package io.vnfbench.cli;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.ReadResult;
import io.vnfbench.engine.verify.BaselinePolicy;
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
        description = "Compares a candidate VNF-BR with a baseline (--baseline FILE or --history DIR) per Test key x"
                + " gated metric (the candidate's verification section, or --gate) and prints the verdict table."
                + " Warnings go to stderr.",
        footer = ExitCode.HELP)
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CANDIDATE", description = "the VNF-BR to verify (JSON or YAML)")
    Path candidate;

    @Mixin
    GateOptions gate;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write the candidate VNF-BR with the verdicts (verification.result) to FILE")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    GateOptions.Format format = GateOptions.Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BaselinePolicy policy = gate.policy(spec.commandLine());
        VnfBr cand;
        try {
            ReadResult<VnfBr> read = Documents.read(candidate, VnfBr.class);
            Diagnostics.warnings(err, read.warnings());
            cand = read.value();
        } catch (DocumentException e) {
            Diagnostics.errors(err, e.problems());
            return ExitCode.INVALID_INPUT;
        }
        return gate.verify(cand, candidate, policy, output, format, spec.commandLine().getOut(), err);
    }
}
