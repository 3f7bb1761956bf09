package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.VnfBr;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The end of a run, the same for every front end: the VNF-BR as written (every finished Trial), how the run ended,
 * its table, what went wrong where, and the report and the gate's decision when they were asked for.
 */
public final class RunOutcome {

    /** How a run ended. */
    public enum Status {
        /** Every planned Trial ran (evaluations may still carry errors). */
        COMPLETED,
        /** The run stopped early: a deployment failed (the draft's rule) or the environment could not be created. */
        FAILED,
        /** The run was cancelled (Ctrl-C, SIGTERM, a Jenkins abort); everything was torn down. */
        CANCELLED;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path file;
    private final VnfBr vnfbr;
    private final Status status;
    private final int trialsRun;
    private final int trialsResumed;
    private final Map<String, Integer> errors;
    private final List<MetricLine> metrics;
    private final List<String> warnings;
    private final Path report;
    private final GateDecision gate;

    RunOutcome(Path file, VnfBr vnfbr, Status status, int trialsRun, int trialsResumed, Map<String, Integer> errors,
               List<MetricLine> metrics, List<String> warnings, @CheckForNull Path report, @CheckForNull GateDecision gate) {
        this.file = file;
        this.vnfbr = vnfbr;
        this.status = status;
        this.trialsRun = trialsRun;
        this.trialsResumed = trialsResumed;
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.metrics = List.copyOf(metrics);
        this.warnings = List.copyOf(warnings);
        this.report = report;
        this.gate = gate;
    }

    /** The output VNF-BR file. */
    public Path file() {
        return file;
    }

    public VnfBr vnfbr() {
        return vnfbr;
    }

    public Status status() {
        return status;
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    /** Trials run in this session. */
    public int trialsRun() {
        return trialsRun;
    }

    /** Trials found finished in the resumed file and not run again. */
    public int trialsResumed() {
        return trialsResumed;
    }

    /**
     * Errors per Test key, in output order: failed evaluations and failed deployments (a report's error), over the
     * whole VNF-BR; every Test key present.
     */
    public Map<String, Integer> errors() {
        return errors;
    }

    /** All the errors of {@link #errors()}. */
    public int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line per Test key × metric, sorted by key. */
    public List<MetricLine> metrics() {
        return metrics;
    }

    /** Located warnings of the input document, and what the run warned about before it started. */
    public List<String> warnings() {
        return warnings;
    }

    /** Why the run stopped early (the VNF-BR's {@code error}). */
    public Optional<String> error() {
        return Optional.ofNullable(vnfbr.error());
    }

    /** The HTML report ({@code index.html}) beside the output, when it was written. */
    public Optional<Path> report() {
        return Optional.ofNullable(report);
    }

    /** The gate's decision, when a gate was asked for and the run completed. */
    public Optional<GateDecision> gate() {
        return Optional.ofNullable(gate);
    }
}
