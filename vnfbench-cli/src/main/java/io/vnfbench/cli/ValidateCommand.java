package io.vnfbench.cli;

import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.RunRequest;
import io.vnfbench.engine.session.Validated;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vnfbench validate FILE...}: strict reading of VNF-BRs, VNF-BDs and VNF-PPs, and planning of VNF-BRs. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks VNF-BR, VNF-BD and VNF-PP documents (JSON or YAML): schema, types, list keys, and for"
                + " VNF-BRs that every variable resolves and converts. Warnings go to stderr.",
        footer = ExitCode.HELP)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to check")
    List<Path> files;

    @CommandLine.Option(names = "--limit", paramLabel = "N",
            description = "most instances a VNF-BR may plan into (default: ${DEFAULT-VALUE})")
    long limit = RunRequest.DEFAULT_LIMIT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Benchmarks benchmarks = Benchmarks.installed();
        boolean allValid = true;
        for (Path file : files) {
            try {
                Validated v = benchmarks.validate(file, limit);
                Diagnostics.warnings(err, v.warnings());
                out.println(file + ": valid " + v.kind());
            } catch (InvalidInputException e) {
                allValid = false;
                Diagnostics.invalid(err, e);
                int n = e.problems().size();
                out.println(file + ": invalid (" + n + " problem" + (n == 1 ? "" : "s") + ")");
            }
        }
        out.flush();
        return allValid ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
