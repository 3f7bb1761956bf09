package io.vnfbench.cli;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.session.BaselineSource;
import io.vnfbench.engine.session.GateDecision;
import io.vnfbench.engine.session.GateOverrides;
import io.vnfbench.engine.session.GateRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The gate options shared by {@code vnfbench verify} and {@code vnfbench run --verify}: they become the engine's
 * {@link GateRequest}; a decision is printed as the verdict table (or its JSON) and mapped to an exit code.
 */
final class GateOptions {

    enum Format { text, json }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @CheckForNull BaselineOption baseline;

    static final class BaselineOption {
        @Option(names = "--baseline", paramLabel = "FILE", description = "a previous VNF-BR to compare with")
        @CheckForNull Path file;

        @Option(names = "--history", paramLabel = "DIR", description = "a directory of earlier VNF-BRs, one per run")
        @CheckForNull Path history;
    }

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "with --history: last | median:N | pinned:ID (the baseline grammar of docs/verification.md; "
                    + "default: ${DEFAULT-VALUE})")
    String policy = "last";

    @Option(names = "--gate", paramLabel = "FILE",
            description = "a verification section (JSON or YAML) to use instead of the candidate's")
    @CheckForNull Path gate;

    @Option(names = "--tolerance", paramLabel = "T", description = "override every metric's relative tolerance, e.g. 5%%")
    @CheckForNull String tolerance;

    @Option(names = "--confidence", paramLabel = "C", description = "the build's confidence: 1 - the chance that an "
            + "unchanged build fails (all rows together), e.g. 0.99")
    @CheckForNull String confidence;

    @Option(names = "--interleave", paramLabel = "VARIABLE=A,B", description = "measure the baseline version A and the "
            + "candidate version B (two values of a VNF-BR variable) in the same run, A B B A, and compare them "
            + "pairwise (run --verify; no baseline needed)")
    @CheckForNull String interleave;

    @Option(names = "--strict", description = "INCONCLUSIVE verdicts fail the gate")
    boolean strict;

    @Option(names = "--junit", paramLabel = "FILE", description = "write the verdicts as JUnit XML")
    @CheckForNull Path junit;

    /** Whether a baseline was given (required for a verification). */
    boolean hasBaseline() {
        return baseline != null && (baseline.file != null || baseline.history != null);
    }

    /** The gate these options ask for; what picocli cannot check is a usage error here. */
    GateRequest request(CommandLine cl) {
        if (!hasBaseline() && interleave == null) {
            throw new CommandLine.ParameterException(cl, "a baseline is required: --baseline FILE or --history DIR "
                    + "(or --interleave VARIABLE=A,B)");
        }
        BaselineOption given = baseline;
        Path file = given == null ? null : given.file;
        Path history = given == null ? null : given.history;
        BaselineSource source;
        try {
            source = file != null ? BaselineSource.file(file)
                    : history != null ? BaselineSource.history(history, policy)
                    : BaselineSource.runs(java.util.Map.of(), false, "the baseline version of the run");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--policy: " + e.getMessage());
        }
        GateOverrides overrides;
        try {
            overrides = new GateOverrides(List.of(), option("--tolerance", tolerance), option("--confidence", confidence),
                    null, strict ? Boolean.TRUE : null);
            if (interleave != null) {
                overrides = overrides.withInterleave(interleave);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        return GateRequest.against(source).withGateFile(gate).withOverrides(overrides).withJunit(junit);
    }

    @CheckForNull
    private static Double option(String name, @CheckForNull String text) {
        try {
            return GateOverrides.fraction(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** Prints the decision (table or JSON on stdout, warnings on stderr) and returns the gate's exit code. */
    static int print(GateDecision decision, Format format, PrintWriter out, PrintWriter err) {
        if (format == Format.json) {
            out.println(decision.json().strip());
        } else {
            out.print(decision.table());
        }
        out.flush();
        Diagnostics.warnings(err, decision.warnings());
        return decision.outcome() == GateOutcome.PASSED ? ExitCode.OK : ExitCode.GATE_FAILED;
    }
}
