package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.FileNames;
import io.vnfbench.engine.model.codec.Location;
import io.vnfbench.engine.model.codec.PlainDocument;
import io.vnfbench.engine.verify.Baseline;
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
 * The one reader of a history of runs (a directory of files, or files named one by one), in the one order of
 * {@link History#inRunOrder}. For trends: run summaries are taken as they are, VNF-BRs are read once and summarised
 * (keeping only the summary). For the gate's baselines: the VNF-BRs themselves, which hold the Trial values. A run's id
 * is its file name without extension, so runs of the same VNF-BR stay apart.
 */
public final class HistoryLoader {
    private HistoryLoader() {
    }

    /** A history and where its newest run came from. */
    public record Loaded(History history, List<Path> files, Optional<Path> newestFile) {
    }

    /** The {@code .json}, {@code .yaml} and {@code .yml} files directly in {@code dir}, sorted by name. */
    public static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("history directory " + dir + " does not exist or is not a directory");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = FileNames.name(p).toLowerCase(Locale.ROOT);
                return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted(Comparator.comparing(FileNames::name)).toList();
        }
    }

    /**
     * Reads every file as a summary, in run order ({@code files} gives the order of runs that tie).
     *
     * @throws DocumentException        when a file is neither a readable summary nor a valid VNF-BR
     * @throws IllegalArgumentException when a summary is malformed (the message names the file)
     */
    public static Loaded load(List<Path> files) throws DocumentException {
        List<Entry<RunSummary>> runs = new ArrayList<>(files.size());
        for (Path file : files) {
            RunSummary s = summarise(file);
            runs.add(new Entry<>(file, s, s.runNumber(), s.timestamp()));
        }
        List<Entry<RunSummary>> ordered = History.inRunOrder(runs, Entry::number, Entry::time);
        History history = new History(ordered.stream().map(Entry::run).toList());
        Optional<Path> newest = ordered.isEmpty() ? Optional.empty()
                : Optional.of(ordered.get(ordered.size() - 1).file());
        return new Loaded(history, List.copyOf(files), newest);
    }

    /**
     * Reads every file of a gate's history as a baseline run, oldest first in the same run order as {@link #load}.
     * A run summary is refused: it holds statistics, not the Trial values a comparison needs.
     */
    public static List<Baseline.Run> baselineRuns(List<Path> files) throws DocumentException {
        return baselineEntries(files).stream().map(Entry::run).toList();
    }

    /** The files of a gate's history in the run order of {@link #baselineRuns}, oldest first (each is read). */
    public static List<Path> baselineFiles(List<Path> files) throws DocumentException {
        return baselineEntries(files).stream().map(Entry::file).toList();
    }

    private static List<Entry<Baseline.Run>> baselineEntries(List<Path> files) throws DocumentException {
        List<Entry<Baseline.Run>> runs = new ArrayList<>(files.size());
        for (Path file : files) {
            if (isSummary(file)) {
                throw DocumentException.of(file.toString(), Location.UNKNOWN, "/",
                        "a run summary holds no Trial values; a gate's history needs the runs' VNF-BRs");
            }
            VnfBr br = Documents.read(file, VnfBr.class).value();
            runs.add(new Entry<>(file, new Baseline.Run(runId(file), br), null,
                    ProfileSummariser.timestamp(br.timestamp()).orElse(null)));
        }
        return History.inRunOrder(runs, Entry::number, Entry::time);
    }

    /** One file's summary: read as is when it is one, otherwise summarised from the VNF-BR. */
    public static RunSummary summarise(Path file) throws DocumentException {
        if (isSummary(file)) {
            return RunSummaryJson.fromPlain(PlainDocument.read(file), file.toString());
        }
        VnfBr br = Documents.read(file, VnfBr.class).value();
        return ProfileSummariser.summarise(br, runId(file), null);
    }

    /** Whether a file is a run summary rather than a VNF-BR. */
    public static boolean isSummary(Path file) throws DocumentException {
        return FileNames.name(file).toLowerCase(Locale.ROOT).endsWith(".json")
                && RunSummaryJson.isSummary(PlainDocument.read(file));
    }

    /** A run's id: its file name without the extension. */
    public static String runId(Path file) {
        String name = FileNames.name(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private record Entry<T>(Path file, T run, @CheckForNull Long number, @CheckForNull java.time.Instant time) {
    }
}
