package io.vnfbench.engine.plan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Constraint;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Names;
import io.vnfbench.engine.model.codec.Origins;
import io.vnfbench.engine.model.codec.Problem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a VNF-BR's inputs into a {@link Plan} (draft section 5.3: variables combine all-by-all). Every variable path,
 * value and constraint is checked before anything runs; any problem stops planning with all problems listed, each
 * naming the variable, its path and the nearest path that does exist. Nothing is ever silently dropped.
 */
public final class Planner {

    private Planner() {
    }

    public static Plan plan(VnfBr br, PlanOptions options) throws PlanException {
        return plan(br, Origins.none("VNF-BR"), options);
    }

    public static Plan plan(VnfBr br, Origins origins, PlanOptions options) throws PlanException {
        List<Problem> problems = new ArrayList<>();
        if (br.inputs() == null || br.inputs().vnfbd() == null) {
            throw new PlanException(List.of(origins.problem(br, "the VNF-BR has no inputs/vnfbd to benchmark")));
        }
        VnfBd base = br.inputs().vnfbd();
        List<Plan.BoundVariable> bound = new ArrayList<>();
        Map<String, String> leaves = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Variable v : br.inputs().variables()) {
            Plan.BoundVariable b = bind(v, base, origins, problems);
            if (!names.add(v.name())) {
                problems.add(origins.problem(v, "variable '" + v.name() + "' is declared twice"));
            }
            if (b != null) {
                String other = leaves.putIfAbsent(b.leaf().canonical(), v.name());
                if (other != null) {
                    problems.add(origins.problem(v, "variables '" + other + "' and '" + v.name() + "' both set "
                            + b.leaf().canonical() + "; one leaf can have one variable"));
                } else {
                    bound.add(b);
                }
            }
        }
        List<Plan.BoundConstraint> constraints = new ArrayList<>();
        for (Constraint c : br.inputs().constraints()) {
            try {
                Expression e = Expression.parse(c.expression());
                for (String name : e.names()) {
                    if (!names.contains(name)) {
                        String hint = Names.nearest(name, names).map(n -> " (did you mean '" + n + "'?)").orElse("");
                        problems.add(origins.problem(c, "constraint '" + c.name() + "' reads '" + name
                                + "', which is not a variable" + hint + "; variables: " + String.join(", ", sorted(names))));
                    }
                }
                constraints.add(new Plan.BoundConstraint(c, e));
            } catch (IllegalArgumentException e) {
                problems.add(origins.problem(c, "constraint '" + c.name() + "': " + e.getMessage()));
            }
        }
        if (base.scenario() != null && base.scenario().chains() != null && !chainsVary(bound)) {
            String problem = ChainExpander.check(base.scenario().chains());
            if (problem != null) {
                problems.add(origins.problem(base.scenario().chains(), problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        BigInteger product = BigInteger.ONE;
        for (Plan.BoundVariable b : bound) {
            product = product.multiply(BigInteger.valueOf(b.converted().size()));
        }
        if (product.compareTo(BigInteger.valueOf(options.limit())) > 0) {
            String factors = bound.stream().map(b -> b.variable().name() + " (" + b.converted().size() + ")")
                    .collect(Collectors.joining(" x "));
            throw new PlanException(List.of(origins.problem(br.inputs(), "the variables combine into " + product
                    + " instances: " + factors + " = " + product + ", over the limit of " + options.limit()
                    + "; remove values, add constraints, or raise the limit (--limit N)")));
        }
        Plan plan = new Plan(base, bound, constraints, product.longValueExact());
        checkChainsPerInstance(plan, origins, br, problems);
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        return plan;
    }

    private static boolean chainsVary(List<Plan.BoundVariable> bound) {
        return bound.stream().anyMatch(b -> b.leaf().canonical().startsWith("/scenario/chains"));
    }

    /** When variables drive the chains, each combination's chains must be valid: checked now, not at run time. */
    private static void checkChainsPerInstance(Plan plan, Origins origins, VnfBr br, List<Problem> problems) {
        VnfBd base = br.inputs().vnfbd();
        if (base.scenario() == null || base.scenario().chains() == null || plan.size() == 0) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (PlannedInstance i : plan.instances()) {
            if (i.status() == PlannedInstance.Status.SKIPPED) {
                continue;
            }
            VnfBd bd = plan.materializeWithoutExpansion(i);
            String problem = ChainExpander.check(bd.scenario().chains());
            if (problem != null && seen.add(problem)) {
                problems.add(origins.problem(base.scenario().chains(), "instance " + i.id() + " (" + i.testKey() + "): " + problem));
            }
            ChainExpander.collision(bd.scenario()).filter(c -> seen.add(c.message())).ifPresent(c -> {
                // located at the scenario's own node (variables never rename nodes)
                Object at = base.scenario().node(c.node().id()).map(n -> (Object) n).orElse(base.scenario().chains());
                problems.add(origins.problem(at, c.message() + (plan.size() > 1 ? " (instance " + i.id() + ", "
                        + i.testKey() + ")" : "")));
            });
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    @CheckForNull
    private static Plan.BoundVariable bind(Variable v, VnfBd base, Origins origins, List<Problem> problems) {
        String where = "variable '" + v.name() + "'";
        if (v.path() == null || v.path().isBlank()) {
            problems.add(origins.problem(v, where + " has no path"));
            return null;
        }
        if (v.values().isEmpty()) {
            problems.add(origins.problem(v, where + " has no values; a variable without values would give no instance"));
            return null;
        }
        YangPath path;
        try {
            path = YangPath.parse(v.path());
        } catch (IllegalArgumentException e) {
            problems.add(origins.problem(v, where + ": path '" + v.path() + "' is malformed: " + e.getMessage()));
            return null;
        }
        LeafRef leaf;
        try {
            leaf = PathResolver.resolve(path, base);
        } catch (PathResolver.Unresolved e) {
            problems.add(origins.problem(v, where + ": path '" + v.path() + "' does not resolve: " + e.getMessage()
                    + "; nearest existing path: " + e.nearest()));
            return null;
        }
        List<Object> converted = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (String value : v.values()) {
            if (!distinct.add(value)) {
                problems.add(origins.problem(v, where + " lists the value '" + value + "' twice"));
                continue;
            }
            try {
                converted.add(leaf.convert(value));
            } catch (IllegalArgumentException e) {
                problems.add(origins.problem(v, where + ": value " + e.getMessage() + " as " + leaf.canonical()
                        + " needs (YANG type " + leaf.kind().yangName() + ")"));
            }
        }
        if (converted.size() != v.values().size()) {
            return null;
        }
        return new Plan.BoundVariable(v, leaf, converted);
    }
}
