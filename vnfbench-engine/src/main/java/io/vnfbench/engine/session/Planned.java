package io.vnfbench.engine.session;

import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.Plan;
import io.vnfbench.engine.plan.PlannedInstance;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The instances a VNF-BR expands into, produced lazily, with the document and what reading it warned about. */
public final class Planned {
    private final VnfBr document;
    private final Plan plan;
    private final List<String> warnings;

    Planned(VnfBr document, Plan plan, List<String> warnings) {
        this.document = document;
        this.plan = plan;
        this.warnings = List.copyOf(warnings);
    }

    /** Counts over the whole plan: instances, planned, skipped, and the Tests and Trials a run would take. */
    public record Totals(long instances, long planned, long skipped, long tests, long trials) {
    }

    /** One combination of variable values: an output of the VNF-BR. */
    public static final class Instance {
        private final PlannedInstance planned;

        Instance(PlannedInstance planned) {
            this.planned = planned;
        }

        /** The output id: the 1-based position in the all-by-all order. */
        public String id() {
            return planned.id();
        }

        /** The stable test key (io.vnfbench.engine.plan.TestKey). */
        public String testKey() {
            return planned.testKey();
        }

        /** Variable values in declared order. */
        public Map<String, String> variables() {
            return planned.variables();
        }

        public boolean skipped() {
            return planned.status() == PlannedInstance.Status.SKIPPED;
        }

        /** Why it is skipped (the constraint). */
        public Optional<String> reason() {
            return planned.reason();
        }

        /** The VNF-BD of this instance (variables applied, chains expanded), built on first use. */
        public VnfBd vnfbd() {
            return planned.vnfbd();
        }
    }

    public VnfBr document() {
        return document;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The instances in all-by-all order, decoded lazily. */
    public Iterable<Instance> instances() {
        return () -> new Iterator<>() {
            private final Iterator<PlannedInstance> it = plan.instances().iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Instance next() {
                return new Instance(it.next());
            }
        };
    }

    public Totals totals() {
        Plan.Totals t = plan.totals();
        return new Totals(t.instances(), t.planned(), t.skipped(), t.tests(), t.trials());
    }
}
