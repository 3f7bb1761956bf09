package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Interleave;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.TestKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The two versions of an interleaved run: the outputs whose {@code variable} is {@code baseline} (A) and those where it
 * is {@code candidate} (B). Each arm is the run's VNF-BR with only its outputs and the version variable taken out of
 * their Test keys, so that A's and B's Tests of the same cell share a key and pair by Test number.
 */
public record Interleaving(String variable, String baseline, String candidate, int blocks) {

    public Interleaving {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        if (baseline.equals(candidate)) {
            throw new IllegalArgumentException("interleave: baseline and candidate are the same value '" + baseline + "'");
        }
        if (blocks < 1) {
            throw new IllegalArgumentException("interleave: blocks must be at least 1, got " + blocks);
        }
    }

    /** The interleaving a verification section declares, if any. */
    public static Optional<Interleaving> of(Interleave declared) {
        if (declared == null) {
            return Optional.empty();
        }
        return Optional.of(new Interleaving(declared.variable(), declared.baseline(), declared.candidate(),
                declared.blocks() == null ? 1 : Math.toIntExact(declared.blocks())));
    }

    /** Parses the command line's {@code VARIABLE=BASELINE,CANDIDATE}. */
    public static Interleaving parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        String[] values = eq < 0 ? new String[0] : text.substring(eq + 1).split(",", -1);
        if (eq <= 0 || values.length != 2 || values[0].isBlank() || values[1].isBlank()) {
            throw new IllegalArgumentException("expected VARIABLE=BASELINE,CANDIDATE (e.g. version=1.4,1.5), got '"
                    + text + "'");
        }
        return new Interleaving(text.substring(0, eq).trim(), values[0].trim(), values[1].trim(), 1);
    }

    /** Whether an output belongs to the version {@code value}. */
    public boolean isArm(Output output, String value) {
        return output.variables().stream().anyMatch(v -> v.name().equals(variable) && value.equals(v.value()));
    }

    /** The Test key of an output without the version variable: the cell both versions share. */
    public String cell(Output output) {
        return TestKey.of(withoutVariable(output));
    }

    /** One version's outputs, their Test keys without the version variable. */
    public VnfBr arm(VnfBr run, String value) {
        List<Output> outputs = new ArrayList<>();
        for (Output o : run.outputs()) {
            if (isArm(o, value)) {
                outputs.add(withoutVariable(o));
            }
        }
        return run.withOutputs(outputs);
    }

    private Output withoutVariable(Output o) {
        List<VariableValue> rest = o.variables().stream().filter(v -> !v.name().equals(variable)).toList();
        return new Output(o.id(), rest, o.vnfbd(), o.vnfpp());
    }

    @Override
    public String toString() {
        return variable + "=" + baseline + " (A) vs " + candidate + " (B), interleaved";
    }
}
