package io.vnfbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.run.FileNamePattern;
import io.vnfbench.engine.run.NfvbenchImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
    String namePattern = NfvbenchImport.DEFAULT_PATTERN;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileNamePattern pattern;
        try {
            pattern = FileNamePattern.compile(namePattern);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        VnfBr br;
        try {
            br = NfvbenchImport.build(files, pattern);
        } catch (DocumentException e) {
            Diagnostics.errors(err, e.problems());
            return ExitCode.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        Documents.writeAtomically(out, br);
        if (format == Format.json) {
            JsonGenerator g = new JsonFactory().createGenerator(stdout);
            g.writeStartObject();
            g.writeStringField("out", out.toString());
            g.writeNumberField("files", files.size());
            g.writeNumberField("outputs", br.outputs().size());
            g.writeEndObject();
            g.flush();
            stdout.println();
        } else {
            stdout.println(out + ": " + br.outputs().size() + " outputs from " + files.size() + " NFVbench files");
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
