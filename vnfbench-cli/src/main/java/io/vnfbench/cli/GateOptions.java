package io.vnfbench.cli;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.render.JUnitXml;
import io.vnfbench.engine.trend.HistoryLoader;
import io.vnfbench.engine.verify.Baseline;
import io.vnfbench.engine.verify.BaselinePolicy;
import io.vnfbench.engine.verify.GateReport;
import io.vnfbench.engine.verify.GateSpec;
import io.vnfbench.engine.verify.GateSpecException;
import io.vnfbench.engine.verify.NoBaselineException;
import io.vnfbench.engine.verify.VerdictTable;
import io.vnfbench.engine.verify.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The gate options shared by {@code vnfbench verify} and {@code vnfbench run --verify}, and the verification itself:
 * read the gate and the baseline, verify, print the verdict table, write JUnit XML and the verdicts, map to an exit code.
 */
final class GateOptions {

    enum Format { text, json }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    BaselineSource baseline;

    static final class BaselineSource {
        @Option(names = "--baseline", paramLabel = "FILE", description = "a previous VNF-BR to compare with")
        Path file;

        @Option(names = "--history", paramLabel = "DIR", description = "a directory of earlier VNF-BRs, one per run")
        Path history;
    }

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "with --history: last | median:N | pinned:ID (default: ${DEFAULT-VALUE})")
    String policy = "last";

    @Option(names = "--gate", paramLabel = "FILE",
            description = "a verification section (JSON or YAML) to use instead of the candidate's")
    Path gate;

    @Option(names = "--tolerance", paramLabel = "T", description = "override every metric's relative tolerance, e.g. 5%%")
    String tolerance;

    @Option(names = "--confidence", paramLabel = "C", description = "the build's confidence: 1 - the chance that an unchanged build fails "
                    + "(all rows together), e.g. 0.99; replaces every metric's own share")
    String confidence;

    @Option(names = "--strict", description = "INCONCLUSIVE verdicts fail the gate")
    boolean strict;

    @Option(names = "--junit", paramLabel = "FILE", description = "write the verdicts as JUnit XML")
    Path junit;

    /** Whether a baseline was given (required for a verification). */
    boolean hasBaseline() {
        return baseline != null && (baseline.file != null || baseline.history != null);
    }

    /** Checks the options that picocli cannot; throws a usage error. */
    BaselinePolicy policy(CommandLine cl) {
        if (!hasBaseline()) {
            throw new CommandLine.ParameterException(cl, "a baseline is required: --baseline FILE or --history DIR");
        }
        try {
            return BaselinePolicy.parse(policy);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--policy: " + e.getMessage());
        }
    }

    /**
     * Verifies {@code cand} (read from {@code candidatePath}); writes the candidate with its verdicts to
     * {@code output} when given. Returns the exit code.
     */
    int verify(VnfBr cand, Path candidatePath, BaselinePolicy chosenPolicy, Path output, Format format, PrintWriter out,
               PrintWriter err) throws IOException {
        Verification section;
        Baseline base;
        try {
            section = gate != null ? Documents.read(gate, Verification.class).value() : cand.verification();
            if (section == null) {
                err.println("error: " + candidatePath + ": no verification section; add one or give --gate FILE");
                return ExitCode.INVALID_INPUT;
            }
            section = overridden(section);
            if (baseline.file != null) {
                VnfBr b = Documents.read(baseline.file, VnfBr.class).value();
                base = Baseline.single(new Baseline.Run(stem(baseline.file), b));
            } else {
                base = chosenPolicy.select(HistoryLoader.baselineRuns(HistoryLoader.filesIn(baseline.history)));
            }
        } catch (DocumentException e) {
            Diagnostics.errors(err, e.problems());
            return ExitCode.INVALID_INPUT;
        } catch (NoBaselineException | IOException e) {
            err.println("error: cannot compare: " + e.getMessage());
            return ExitCode.RUN_ERROR;
        }
        GateSpec gateSpec;
        try {
            gateSpec = GateSpec.from(section);
        } catch (GateSpecException e) {
            for (String p : e.problems()) {
                err.println("error: " + (gate != null ? gate : candidatePath) + ": " + p);
            }
            return ExitCode.INVALID_INPUT;
        }
        if (strict) {
            gateSpec = gateSpec.withStrict(true);
        }
        Optional<String> whyNot = Verifier.whyNotComparable(cand, base, gateSpec);
        if (whyNot.isPresent()) {
            err.println("error: cannot compare: " + whyNot.get());
            return ExitCode.RUN_ERROR;
        }
        GateReport report = Verifier.verify(cand, gateSpec, base);
        String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        VerificationResult result = report.toResult(timestamp);
        if (junit != null) {
            JUnitXml.write(junit, result, gateSpec.errorsFail(), gateSpec.strict());
        }
        if (output != null) {
            Documents.writeAtomically(output, cand.withVerification(section.withResult(result)));
        }
        if (format == Format.json) {
            out.println(VerdictTable.json(report, timestamp));
        } else {
            out.print(VerdictTable.text(report));
        }
        out.flush();
        for (String w : report.warnings()) {
            err.println("warning: " + w);
        }
        return report.result() == GateOutcome.PASSED ? ExitCode.OK : ExitCode.GATE_FAILED;
    }

    private Verification overridden(Verification v) {
        if (tolerance == null && confidence == null) {
            return v;
        }
        List<GatedMetric> metrics = new ArrayList<>();
        for (GatedMetric m : v.metrics()) {
            metrics.add(new GatedMetric(m.name(), m.source(), m.metric(), m.agent(), m.tests(), m.direction(),
                    tolerance != null ? tolerance : m.tolerance(), m.detect(),
                    confidence != null ? null : m.confidence(), m.power(), m.minSamples(), m.method(),
                    m.statistic(), m.atLeast(), m.atMost()));
        }
        return new Verification(metrics, tolerance != null ? tolerance : v.tolerance(), v.detect(),
                confidence != null ? confidence : v.confidence(), v.power(), v.minSamples(), v.maxSamples(), v.method(),
                v.errorsFail(), v.strict(), v.budget(), v.interleave(), v.result());
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
