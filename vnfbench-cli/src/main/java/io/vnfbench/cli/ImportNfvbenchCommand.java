package io.vnfbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vnfbench import nfvbench FILE... --out vnf-br.json}: NFVbench result JSON as one VNF-BR. */
@Command(name = "nfvbench", mixinStandardHelpOptions = true,
        description = {"Turns NFVbench result JSON files into one VNF-BR: one output per combination of the"
                + " variables read from the file names; {n} (or {trial}) in the pattern numbers Trials of one"
                + " output. Metrics per frame size F: ndr_/pdr_rate_pps_F, _rate_bps_F, _drop_percentage_F,"
                + " _latency_min/avg/max_F (us); fixed-rate files: tx_/rx_rate_pps_F, rx_rate_bps_F,"
                + " drop_percentage_F, latency_min/avg/max_F."},
        footer = ExitCode.HELP)
final class ImportNfvbenchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "NFVbench result files, or directories of them")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the VNF-BR to write (JSON)")
    Path out;

    @Option(names = "--name-pattern", paramLabel = "PATTERN",
            description = "file-name pattern giving the variables (default: ${DEFAULT-VALUE})")
    String namePattern = Benchmarks.NFVBENCH_NAME_PATTERN;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Benchmarks.Imported imported;
        try {
            imported = Benchmarks.installed().importNfvbench(inputs, namePattern, out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (InvalidInputException e) {
            return Diagnostics.invalid(spec.commandLine().getErr(), e);
        }
        if (format == Format.json) {
            JsonGenerator g = new JsonFactory().createGenerator(stdout);
            g.writeStartObject();
            g.writeStringField("out", out.toString());
            g.writeNumberField("files", imported.files());
            g.writeNumberField("outputs", imported.outputs());
            g.writeEndObject();
            g.flush();
            stdout.println();
        } else {
            stdout.println(out + ": " + imported.outputs() + " outputs from " + imported.files() + " NFVbench files");
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
