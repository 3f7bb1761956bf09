package io.vnfbench.engine.trend;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.PlainDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds a {@link History} from files: run summaries are taken as they are, VNF-BRs are read once and summarised
 * (keeping only the summary). A run's id is its file name without extension, so runs of the same VNF-BR stay apart.
 */
public final class HistoryLoader {
    private HistoryLoader() {
    }

    /** A history and where its newest run came from. */
    public record Loaded(History history, List<Path> files, Optional<Path> newestFile) {
    }

    /** The {@code .json}, {@code .yaml} and {@code .yml} files directly in {@code dir}, sorted by name. */
    public static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    /**
     * Reads every file; runs are ordered by run number, then time stamp, then the order of {@code files}.
     *
     * @throws DocumentException        when a file is neither a readable summary nor a valid VNF-BR
     * @throws IllegalArgumentException when a summary is malformed (the message names the file)
     */
    public static Loaded load(List<Path> files) throws DocumentException {
        List<RunSummary> runs = new ArrayList<>(files.size());
        List<Path> origin = new ArrayList<>(files.size());
        for (Path file : files) {
            runs.add(summarise(file));
            origin.add(file);
        }
        History history = History.ordered(runs);
        Optional<Path> newest = history.newest().map(run -> origin.get(indexOf(runs, run)));
        return new Loaded(history, List.copyOf(files), newest);
    }

    /** One file's summary: read as is when it is one, otherwise summarised from the VNF-BR. */
    public static RunSummary summarise(Path file) throws DocumentException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String runId = dot > 0 ? name.substring(0, dot) : name;
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            Object plain = PlainDocument.read(file);
            if (RunSummaryJson.isSummary(plain)) {
                return RunSummaryJson.fromPlain(plain, file.toString());
            }
        }
        VnfBr br = Documents.read(file, VnfBr.class).value();
        return ProfileSummariser.summarise(br, runId, null);
    }

    private static int indexOf(List<RunSummary> runs, RunSummary run) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i) == run) {
                return i;
            }
        }
        throw new IllegalStateException("run " + run.runId() + " is not in the history it came from");
    }
}
