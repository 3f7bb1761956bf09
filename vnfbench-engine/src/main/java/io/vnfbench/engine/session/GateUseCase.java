package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.render.JUnitXml;
import io.vnfbench.engine.trend.HistoryLoader;
import io.vnfbench.engine.verify.Baseline;
import io.vnfbench.engine.verify.GateReport;
import io.vnfbench.engine.verify.GateSpec;
import io.vnfbench.engine.verify.GateSpecException;
import io.vnfbench.engine.verify.IncomparableException;
import io.vnfbench.engine.verify.Interleaving;
import io.vnfbench.engine.verify.NoBaselineException;
import io.vnfbench.engine.verify.OverallVerdict;
import io.vnfbench.engine.verify.VerdictRow;
import io.vnfbench.engine.verify.VerdictTable;
import io.vnfbench.engine.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gate use case behind {@link Benchmarks#gate} and the gate at the end of a run. */
final class GateUseCase {
    private final Clock clock;

    GateUseCase(Clock clock) {
        this.clock = clock;
    }

    /**
     * Gates {@code candidate} (named {@code name} in messages) and, when {@code writeBack} is given, writes it there once
     * with its verdicts ({@code verification.result}, the section as applied).
     */
    Evaluated evaluate(VnfBr candidate, String name, GateRequest how, @CheckForNull Path writeBack,
            List<String> documentWarnings)
            throws InvalidInputException, NotComparableException, IOException {
        Verification applied = applied(candidate, name, how);
        GateSpec spec = spec(applied, name, how);
        if (candidate.outputs().isEmpty()) {
            throw new NotComparableException(name + ": the candidate has no outputs (was it run?)");
        }
        List<String> warnings = new ArrayList<>();
        Interleaving interleave = spec.interleave();
        Baseline baseline = interleave != null
                ? Baseline.single(new Baseline.Run("interleaved", candidate.withOutputs(List.of())))
                : baseline(how.baseline(), candidate, warnings);
        GateReport report;
        try {
            report = interleave != null ? Verifier.verifyInterleaved(candidate, spec, interleave)
                    : Verifier.verify(candidate, spec, baseline);
        } catch (IncomparableException e) {
            throw new NotComparableException(name + ": " + e.getMessage());
        }
        warnings.addAll(report.warnings());
        String timestamp = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        VerificationResult result = report.toResult(timestamp);
        result = new VerificationResult(result.gate(), result.baseline(), result.timestamp(), result.verdicts(),
                warnings);
        VnfBr verified = candidate.withVerification(applied.withResult(result));
        if (writeBack != null) {
            Documents.writeAtomically(writeBack, verified);
        }
        if (how.junit() != null) {
            JUnitXml.write(how.junit(), result, spec.errorsFail(), spec.strict());
        }
        return new Evaluated(new GateDecision(report.baselineId(), report.result(), OverallVerdict.of(report, spec),
                report.counts(), failedTests(report, spec), VerdictLine.of(result),
                concat(documentWarnings, warnings), result,
                VerdictTable.text(report), Documents.writeJson(result), new Baseline.Run(name, verified).passing()),
                verified);
    }

    /** The decision, and the candidate with its verdicts (as written back). */
    record Evaluated(GateDecision decision, VnfBr verified) {
    }

    /** Checks, before a run, that its gate can be evaluated: the section (or gate file), the overrides, the spec. */
    void check(VnfBr document, String name, GateRequest how) throws InvalidInputException {
        spec(applied(document, name, how), name, how);
    }

    /** The gate a request applies to a document (its section or the gate file, with the overrides). */
    static GateSpec spec(VnfBr document, String name, GateRequest how) throws InvalidInputException {
        return spec(applied(document, name, how), name, how);
    }

    private static Verification applied(VnfBr candidate, String name, GateRequest how) throws InvalidInputException {
        String gateName = how.gateFileIfAny().map(Path::toString).orElse(name);
        return how.overrides().applyTo(section(candidate, name, how), gateName);
    }

    private static GateSpec spec(Verification applied, String name, GateRequest how) throws InvalidInputException {
        String gateName = how.gateFileIfAny().map(Path::toString).orElse(name);
        try {
            return GateSpec.from(applied);
        } catch (GateSpecException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> gateName + ": " + p).toList(), List.of());
        }
    }

    private static Verification section(VnfBr candidate, String name, GateRequest how) throws InvalidInputException {
        Path gateFile = how.gateFile();
        if (gateFile == null) {
            if (candidate.verification() == null || candidate.verification().metrics().isEmpty()) {
                throw new InvalidInputException(name + ": /verification: no gated metric; add a verification section "
                        + "(docs/verification.md) or give a gate file");
            }
            return candidate.verification();
        }
        try {
            return Documents.read(gateFile, Verification.class).value();
        } catch (DocumentException e) {
            throw invalid(e);
        }
    }

    /**
     * The baseline, or the NO_BASELINE rule when the source yields none: the candidate is compared with an empty run, so
     * every relative row says NO_BASELINE while absolute bounds, errors and skipped Tests still count; a warning says
     * why. A baseline document that cannot be read is an invalid input, never skipped.
     */
    static Baseline baseline(BaselineSource source, VnfBr candidate, List<String> warnings)
            throws InvalidInputException {
        String none;
        Path file = source.file();
        Path history = source.history();
        BaselinePolicy policy = source.policy();
        try {
            if (file != null) {
                if (!Files.exists(file)) {
                    none = "file " + file + " does not exist";
                } else {
                    return Baseline.single(new Baseline.Run(HistoryLoader.runId(file),
                            Documents.read(file, VnfBr.class).value()));
                }
            } else if (history != null && policy != null) {
                if (!Files.isDirectory(history)) {
                    none = "history directory " + history + " does not exist";
                } else {
                    return runs(BaselineChooser.choose(policy, new DirectoryHistory(history)));
                }
            } else {
                return runs(source);
            }
        } catch (DocumentException e) {
            throw invalid(e);
        } catch (IOException e) {
            none = e.getMessage();
        } catch (NoBaselineException e) {
            none = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            none = "interrupted while choosing it";
        }
        warnings.add("no baseline: " + none + "; comparisons say NO_BASELINE, absolute bounds still apply");
        return Baseline.single(new Baseline.Run("no baseline (" + none + ")", candidate.withOutputs(List.of())));
    }

    private static Baseline runs(BaselineSource source) throws DocumentException, NoBaselineException {
        List<Baseline.Run> runs = new ArrayList<>();
        for (Map.Entry<String, Path> e : source.runs().entrySet()) {
            runs.add(0, new Baseline.Run(e.getKey(), Documents.read(e.getValue(), VnfBr.class).value()));
        }
        for (Map.Entry<String, String> e : source.documents().entrySet()) {
            runs.add(0, new Baseline.Run(e.getKey(), Documents.read(e.getKey(), e.getValue(), VnfBr.class).value()));
        }
        if (runs.isEmpty()) {
            throw new NoBaselineException(source.note().isEmpty() ? "no earlier run" : source.note());
        }
        if (source.pooled() && runs.size() > 1) {
            return new Baseline(source.note().isEmpty() ? "median of " + runs.size() + " runs" : source.note(), runs,
                    true);
        }
        Baseline.Run newest = runs.get(runs.size() - 1);
        return new Baseline(source.note().isEmpty() ? newest.id() : source.note(), List.of(newest), false);
    }

    /** The Test keys with a row that fails the gate ({@link GateSpec#failsOn}). */
    private static List<String> failedTests(GateReport report, GateSpec spec) {
        Set<String> failed = new LinkedHashSet<>();
        for (VerdictRow r : report.rows()) {
            if (spec.failsOn(r.verdict())) {
                failed.add(r.testKey());
            }
        }
        return List.copyOf(failed);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static InvalidInputException invalid(DocumentException e) {
        return new InvalidInputException(e.problems().stream().map(Object::toString).toList(), List.of());
    }
}
