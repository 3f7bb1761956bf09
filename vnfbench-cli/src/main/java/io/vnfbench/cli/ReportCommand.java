package io.vnfbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.ReportRequest;
import io.vnfbench.engine.session.ReportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vnfbench report --history DIR | FILE... --out DIR}: the self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a self-contained HTML report (index.html with PNG charts beside it) from a history of"
                + " runs: VNF-BRs or run summaries, ordered by run number, then time stamp, then file name. The"
                + " newest run gives the header, verdicts, profiles, matrices and numbers; all runs give the"
                + " trends."},
        footer = ExitCode.HELP)
final class ReportCommand implements Callable<Integer> {
    enum Format { text, json }

    static final class Sources {
        @Option(names = "--history", paramLabel = "DIR", description = "a directory of VNF-BR or summary files")
        @CheckForNull Path history;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "VNF-BR or summary files, oldest first")
        @CheckForNull List<Path> files;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Sources sources;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write the report to")
    Path out;

    @Option(names = "--metric", paramLabel = "NAME",
            description = "metric (name or source/name) to draw profiles and matrices of; repeatable"
                    + " (default: the gated metrics, else the two throughput-like metrics on most tests)")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--x", paramLabel = "VARIABLE", description = "profile x axis and matrix columns")
    @CheckForNull String xVariable;

    @Option(names = "--series", paramLabel = "VARIABLE", description = "one profile line per value of it")
    @CheckForNull String seriesVariable;

    @Option(names = "--rows", paramLabel = "VARIABLE", description = "matrix rows")
    @CheckForNull String rowVariable;

    @Option(names = "--max-charts", paramLabel = "N",
            description = "most profiles and matrices per metric (default: ${DEFAULT-VALUE})")
    int maxCharts = ReportRequest.DEFAULT_MAX_CHARTS;

    @Option(names = "--trend-x", paramLabel = "AXIS",
            description = "trend x axis: run (run number, or position in the history) or date (default: ${DEFAULT-VALUE})")
    TrendAxis trendX = TrendAxis.run;

    enum TrendAxis { run, date }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxCharts < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-charts must be at least 1");
        }
        ReportResult result;
        try {
            result = Benchmarks.installed().report(new ReportRequest(sources.files == null ? List.of() : sources.files,
                    sources.history, out, metrics, xVariable, seriesVariable, rowVariable, maxCharts,
                    trendX == TrendAxis.date));
        } catch (InvalidInputException e) {
            return Diagnostics.invalid(err, e);
        }
        result.notes().forEach(n -> err.println("warning: " + n));
        if (format == Format.json) {
            JsonGenerator g = new JsonFactory().createGenerator(stdout);
            g.writeStartObject();
            g.writeStringField("index", result.index().toString());
            g.writeNumberField("runs", result.runs());
            g.writeNumberField("charts", result.charts());
            g.writeEndObject();
            g.flush();
            stdout.println();
        } else {
            stdout.println(result.index() + " (" + result.runs() + " runs, " + result.charts() + " charts)");
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
