package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.FileNames;
import io.vnfbench.engine.model.codec.ReadResult;
import io.vnfbench.engine.plan.PlanException;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.run.FileNamePattern;
import io.vnfbench.engine.run.NfvbenchImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine's use cases, one method each, for every front end: {@link #validate}, {@link #plan}, {@link #start} (run),
 * {@link #gate} (with {@link #chooseBaseline} among earlier runs), {@link #archive} (what a CI server keeps of a run,
 * and its pages through {@link Archive}) and {@link #report}. Inputs that cannot be used are an
 * {@link InvalidInputException} naming file, line, column and YANG path; everything else a front end needs comes back
 * as a value.
 *
 * <p><b>NO_BASELINE rule</b>, the same for every front end: when a gate's baseline source yields no run (a file that
 * does not exist, an empty or missing history, no passing run, no earlier build, a pinned run that is not there), the
 * gate still runs against an empty baseline: every comparison says NO_BASELINE, absolute bounds, failed measurements
 * and skipped Tests still count, a warning says why there was no baseline, and NO_BASELINE alone does not fail the
 * gate. A baseline document that exists but does not read is an invalid input. A candidate without outputs cannot be
 * gated at all ({@link NotComparableException}).
 */
public final class Benchmarks {
    private final EnvironmentRegistry environments;
    private final ProbeRegistry tools;
    private final Clock clock;

    Benchmarks(EnvironmentRegistry environments, ProbeRegistry tools, Clock clock) {
        this.environments = Objects.requireNonNull(environments, "environments");
        this.tools = Objects.requireNonNull(tools, "tools");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The installed environments and tools (ServiceLoader), and the system clock. */
    public static Benchmarks installed() {
        return installed(Clock.systemUTC());
    }

    /** The installed environments and tools; {@code clock} stamps runs and verdicts. */
    public static Benchmarks installed(Clock clock) {
        return new Benchmarks(EnvironmentRegistry.load(), ProbeRegistry.load(), clock);
    }

    /** The orchestrator types of the installed execution environments ({@code local}, {@code kubernetes}, ...). */
    public Set<String> environmentTypes() {
        return environments.types();
    }

    /**
     * Reads a VNF-BR, VNF-BD or VNF-PP strictly and, for a VNF-BR with inputs, plans it (every variable resolves and
     * converts, at most {@code limit} instances).
     */
    public Validated validate(Path file, long limit) throws InvalidInputException {
        ReadResult<Object> read;
        try {
            read = Documents.readAny(file);
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        }
        List<String> warnings = read.warnings().stream().map(Object::toString).toList();
        if (read.value() instanceof VnfBr br && br.inputs() != null && br.inputs().vnfbd() != null) {
            try {
                Planner.plan(br, read.origins(), new PlanOptions(limit));
            } catch (PlanException e) {
                throw new InvalidInputException(e.problems().stream().map(Object::toString).toList(), warnings);
            }
        }
        String kind = switch (read.value().getClass().getSimpleName()) {
            case "VnfBr" -> "VNF-BR";
            case "VnfBd" -> "VNF-BD";
            case "VnfPp" -> "VNF-PP";
            default -> read.value().getClass().getSimpleName();
        };
        return new Validated(file, kind, warnings);
    }

    /** The instances a VNF-BR expands into (at most {@code limit}), decoded lazily. */
    public Planned plan(Path file, long limit) throws InvalidInputException {
        ReadResult<VnfBr> read;
        try {
            read = Documents.read(file, VnfBr.class);
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        }
        List<String> warnings = read.warnings().stream().map(Object::toString).toList();
        try {
            return new Planned(read.value(), Planner.plan(read.value(), read.origins(), new PlanOptions(limit)),
                    warnings);
        } catch (PlanException e) {
            throw new InvalidInputException(e.problems().stream().map(Object::toString).toList(), warnings);
        }
    }

    /**
     * Starts a run on a thread of its own, after everything that can be wrong with its inputs was checked (reading,
     * planning, resuming, every tool and parameter, the gate when one is asked for): those problems are thrown here,
     * before anything is deployed. The VNF-BR is written after every Trial.
     */
    public RunningBenchmark start(RunRequest request, RunListener listener) throws InvalidInputException, IOException {
        return new RunUseCase(environments, tools, clock).start(request, listener);
    }

    /**
     * Gates the VNF-BR in {@code candidate} ({@link Benchmarks NO_BASELINE rule} when there is no baseline) and, when
     * {@code writeBack} is given, writes the candidate there with its verdicts, once.
     */
    public GateDecision gate(Path candidate, GateRequest how, @CheckForNull Path writeBack)
            throws InvalidInputException, NotComparableException, IOException {
        ReadResult<VnfBr> read;
        try {
            read = Documents.read(candidate, VnfBr.class);
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        }
        return new GateUseCase(clock).evaluate(read.value(), candidate.toString(), how, writeBack,
                read.warnings().stream().map(Object::toString).toList()).decision();
    }

    /**
     * Chooses a gate's baseline among the earlier runs of a history by a policy, once: before a run, so that the live
     * gate during the run and the gate after it compare with the same runs. The source names the choice, or says why
     * there is no baseline (the gate then follows the NO_BASELINE rule). See {@link BaselinePolicy}.
     *
     * @throws InvalidInputException when a stored VNF-BR it reads to know whether a run passed does not read
     */
    public BaselineSource chooseBaseline(BaselinePolicy policy, RunHistory history)
            throws InvalidInputException, IOException, InterruptedException {
        return BaselineChooser.choose(policy, history);
    }

    /**
     * Keeps a finished run the way a CI server does, in {@code dir} (which holds its {@value Archive#VNFBR_FILE}):
     * gated when {@code gate} is given (null: benchmarking only, no verdicts), summarised for trends, reported and
     * charted. See {@link Archive}.
     *
     * @param runId     the run's id in its summary (a build's id)
     * @param runNumber the run's number (a build number), which orders trends
     */
    public Archive.Kept archive(Path dir, String runId, long runNumber, GateRequest gate)
            throws InvalidInputException, NotComparableException, IOException {
        return Archive.keep(new GateUseCase(clock), dir, runId, runNumber, gate);
    }

    /** The default file-name pattern of {@link #importNfvbench}. */
    public static final String NFVBENCH_NAME_PATTERN = NfvbenchImport.DEFAULT_PATTERN;

    /**
     * Turns NFVbench result files (or directories of them) into one VNF-BR written atomically to {@code out}: one output
     * per combination of the variables the file-name pattern reads.
     *
     * @throws IllegalArgumentException when the pattern itself is not valid
     */
    public Imported importNfvbench(List<Path> inputs, String namePattern, Path out)
            throws InvalidInputException, IOException {
        FileNamePattern pattern = FileNamePattern.compile(namePattern);
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> FileNames.name(f).endsWith(".json")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        VnfBr br;
        try {
            br = NfvbenchImport.build(files, pattern);
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        Documents.writeAtomically(out, br);
        return new Imported(out, files.size(), br.outputs().size());
    }

    /** What an import wrote: the VNF-BR file, from how many result files, with how many outputs. */
    public record Imported(Path out, int files, int outputs) {
    }

    /** Writes the HTML report of a history of runs. */
    public ReportResult report(ReportRequest request) throws InvalidInputException, IOException {
        return Reports.write(request);
    }
}
