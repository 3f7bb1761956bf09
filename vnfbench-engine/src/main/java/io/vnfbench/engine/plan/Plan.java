package io.vnfbench.engine.plan;

import io.vnfbench.engine.model.Constraint;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.VnfBd;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * All-by-all expansion of a VNF-BR's variables, produced lazily: instances are decoded from their index on demand,
 * so no list of combinations is ever held in memory.
 */
public final class Plan {

    /** A variable whose path and values were checked: converted values ready to apply. */
    record BoundVariable(Variable variable, LeafRef leaf, List<Object> converted) {
    }

    /** A constraint parsed once. */
    record BoundConstraint(Constraint constraint, Expression expression) {
    }

    /** Counts over the whole plan. */
    public record Totals(long instances, long planned, long skipped, long tests, long trials) {
    }

    private final VnfBd base;
    private final List<BoundVariable> variables;
    private final List<BoundConstraint> constraints;
    private final long size;
    private final boolean experimentsVary;

    Plan(VnfBd base, List<BoundVariable> variables, List<BoundConstraint> constraints, long size) {
        this.base = base;
        this.variables = List.copyOf(variables);
        this.constraints = List.copyOf(constraints);
        this.size = size;
        this.experimentsVary = variables.stream().anyMatch(v -> v.leaf().canonical().startsWith("/experiments"));
    }

    /** The number of combinations, skipped ones included. */
    public long size() {
        return size;
    }

    public List<Variable> variables() {
        return variables.stream().map(BoundVariable::variable).toList();
    }

    /** The instances in all-by-all order, decoded lazily. */
    public Iterable<PlannedInstance> instances() {
        return () -> new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public PlannedInstance next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return instance(next++);
            }
        };
    }

    /** The instance at a 0-based index. */
    public PlannedInstance instance(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("instance " + index + " of " + size);
        }
        Map<String, String> values = new LinkedHashMap<>();
        long rest = index;
        for (BoundVariable v : variables) {
            int n = v.variable().values().size();
            values.put(v.variable().name(), v.variable().values().get((int) (rest % n)));
            rest /= n;
        }
        Map<String, String> fixed = java.util.Collections.unmodifiableMap(values);
        for (BoundConstraint c : constraints) {
            if (!c.expression().test(fixed)) {
                return new PlannedInstance(this, index, fixed, PlannedInstance.Status.SKIPPED,
                        "constraint '" + c.constraint().name() + "' (" + c.expression() + ") is false");
            }
        }
        return new PlannedInstance(this, index, fixed, PlannedInstance.Status.PLANNED, null);
    }

    VnfBd materialize(PlannedInstance instance) {
        return ChainExpander.expand(materializeWithoutExpansion(instance));
    }

    VnfBd materializeWithoutExpansion(PlannedInstance instance) {
        VnfBd bd = base;
        long rest = instance.index();
        for (BoundVariable v : variables) {
            int n = v.converted().size();
            bd = v.leaf().apply(bd, v.converted().get((int) (rest % n)));
            rest /= n;
        }
        return bd;
    }

    /** Counts planned and skipped instances and the Tests and Trials they will run (one pass, nothing kept). */
    public Totals totals() {
        long planned = 0;
        long skipped = 0;
        long tests = 0;
        long trials = 0;
        for (PlannedInstance i : instances()) {
            if (i.status() == PlannedInstance.Status.SKIPPED) {
                skipped++;
                continue;
            }
            planned++;
            VnfBd bd = experimentsVary ? i.vnfbd() : base;
            tests += bd.tests();
            trials += bd.tests() * bd.trials();
        }
        return new Totals(size, planned, skipped, tests, trials);
    }
}
