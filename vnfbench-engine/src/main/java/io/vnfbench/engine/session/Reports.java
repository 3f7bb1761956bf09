package io.vnfbench.engine.session;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.FileNames;
import io.vnfbench.engine.render.HtmlReport;
import io.vnfbench.engine.render.TrendChart;
import io.vnfbench.engine.trend.History;
import io.vnfbench.engine.trend.HistoryLoader;
import io.vnfbench.engine.trend.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report use cases: the HTML report of a history, and of one run beside its VNF-BR. */
final class Reports {
    /** The report's directory beside a run's VNF-BR. */
    static final String REPORT_DIR = "report";

    private Reports() {
    }

    static ReportResult write(ReportRequest request) throws InvalidInputException, IOException {
        Path history = request.history();
        if (history != null && !Files.isDirectory(history)) {
            throw new InvalidInputException(history + ": not a directory");
        }
        List<Path> files = history != null ? HistoryLoader.filesIn(history) : request.files();
        HistoryLoader.Loaded loaded;
        VnfBr newest = null;
        try {
            loaded = HistoryLoader.load(files);
            if (loaded.newestFile().isPresent() && !HistoryLoader.isSummary(loaded.newestFile().get())) {
                newest = Documents.read(loaded.newestFile().get(), VnfBr.class).value();
            }
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        HtmlReport.Options options = new HtmlReport.Options(request.metrics(), request.xVariable(),
                request.seriesVariable(), request.rowVariable(), request.maxChartsPerMetric(),
                request.trendsByDate() ? TrendChart.XAxisMode.DATE : TrendChart.XAxisMode.RUN_NUMBER);
        HtmlReport.Result result = HtmlReport.write(loaded.history(), newest, options, request.out());
        List<String> notes = new ArrayList<>();
        if (loaded.history().isEmpty()) {
            notes.add("no runs found; the report says so");
        }
        notes.addAll(result.notes());
        return new ReportResult(result.index(), loaded.history().runs().size(), result.images().size(), notes);
    }

    /** The report of one run, in {@value #REPORT_DIR} beside its VNF-BR file; returns its {@code index.html}. */
    static Path besideVnfBr(RunSummary summary, VnfBr vnfbr, Path vnfbrFile) throws IOException {
        Path parent = FileNames.directory(vnfbrFile);
        return HtmlReport.write(History.ordered(List.of(summary)), vnfbr, HtmlReport.Options.defaults(),
                parent.resolve(REPORT_DIR)).index();
    }
}
