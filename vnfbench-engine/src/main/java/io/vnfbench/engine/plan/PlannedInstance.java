package io.vnfbench.engine.plan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBd;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One combination of variable values: its output id, stable test key, status and, on demand, the VNF-BD instance
 * (variables applied, chains expanded). Skipped instances say why.
 */
public final class PlannedInstance {

    public enum Status { PLANNED, SKIPPED }

    private final Plan plan;
    private final long index;
    private final Map<String, String> variables;
    private final String testKey;
    private final Status status;
    private final @CheckForNull String reason;
    @CheckForNull
    private VnfBd vnfbd;

    PlannedInstance(Plan plan, long index, Map<String, String> variables, Status status, @CheckForNull String reason) {
        this.plan = plan;
        this.index = index;
        this.variables = variables;
        this.testKey = TestKey.of(variables);
        this.status = status;
        this.reason = reason;
    }

    /** 0-based position in the all-by-all order (the first declared variable varies fastest, as in Gym). */
    public long index() {
        return index;
    }

    /** The output id: the 1-based position, stable while the variables and their values stay the same. */
    public String id() {
        return Long.toString(index + 1);
    }

    public String testKey() {
        return testKey;
    }

    /** Variable values in declared order. */
    public Map<String, String> variables() {
        return variables;
    }

    public List<VariableValue> variableValues() {
        return variables.entrySet().stream().map(e -> new VariableValue(e.getKey(), e.getValue())).toList();
    }

    public Status status() {
        return status;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The VNF-BD of this instance, built on first use. */
    public synchronized VnfBd vnfbd() {
        if (vnfbd == null) {
            vnfbd = plan.materialize(this);
        }
        return vnfbd;
    }
}
