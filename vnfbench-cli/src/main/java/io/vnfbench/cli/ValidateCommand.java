package io.vnfbench.cli;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.ReadResult;
import io.vnfbench.engine.plan.PlanException;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.Planner;
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
    long limit = PlanOptions.DEFAULT_LIMIT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            try {
                ReadResult<Object> result = Documents.readAny(file);
                Diagnostics.warnings(err, result.warnings());
                if (result.value() instanceof VnfBr br && br.inputs() != null && br.inputs().vnfbd() != null) {
                    Planner.plan(br, result.origins(), new PlanOptions(limit));
                }
                out.println(file + ": valid " + kind(result.value()));
            } catch (DocumentException e) {
                allValid = false;
                Diagnostics.errors(err, e.problems());
                out.println(file + ": invalid (" + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + ")");
            } catch (PlanException e) {
                allValid = false;
                Diagnostics.errors(err, e.problems());
                out.println(file + ": invalid (" + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + ")");
            }
        }
        out.flush();
        return allValid ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    private static String kind(Object value) {
        return switch (value.getClass().getSimpleName()) {
            case "VnfBr" -> "VNF-BR";
            case "VnfBd" -> "VNF-BD";
            case "VnfPp" -> "VNF-PP";
            default -> value.getClass().getSimpleName();
        };
    }
}
