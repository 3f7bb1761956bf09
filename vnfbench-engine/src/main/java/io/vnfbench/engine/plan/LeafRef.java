package io.vnfbench.engine.plan;

import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.codec.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A resolved path to one leaf of a VNF-BD: applying it rebuilds only the records on the way to the leaf, so
 * instances share everything else with the input VNF-BD.
 */
public final class LeafRef {

    /** One hop: a field of a record, and for lists the index of the entry. */
    record Hop(Schema schema, Schema.Field field, int index) {
    }

    private final List<Hop> hops;
    private final Schema.Field leaf;
    private final String canonical;

    LeafRef(List<Hop> hops, String canonical) {
        this.hops = List.copyOf(hops);
        this.leaf = hops.get(hops.size() - 1).field();
        this.canonical = canonical;
    }

    public Schema.Kind kind() {
        return leaf.kind();
    }

    /** The path as resolved, with list predicates normalised (e.g. numeric keys in decimal). */
    public String canonical() {
        return canonical;
    }

    public VnfBd apply(VnfBd root, Object value) {
        return (VnfBd) apply(root, 0, value);
    }

    private Object apply(Object record, int hop, Object value) {
        Hop h = hops.get(hop);
        if (hop == hops.size() - 1) {
            return h.schema().with(record, h.field(), value);
        }
        // PathResolver has checked that every container and list entry on the way exists
        Object child = Objects.requireNonNull(h.schema().get(record, h.field()), "absent " + h.field().name());
        if (h.index() >= 0) {
            List<?> list = (List<?>) child;
            List<Object> copy = new ArrayList<>(list);
            copy.set(h.index(), apply(list.get(h.index()), hop + 1, value));
            return h.schema().with(record, h.field(), copy);
        }
        return h.schema().with(record, h.field(), apply(child, hop + 1, value));
    }

    /** Converts a variable value to this leaf's YANG type, or explains why it cannot. */
    public Object convert(String value) {
        return switch (leaf.kind()) {
            case STRING -> value;
            case UINT -> {
                Long v = Schema.parseUint(value);
                if (v == null) {
                    throw new IllegalArgumentException("'" + value + "' is not a uint32 (0 to 4294967295)");
                }
                yield v;
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("'" + value + "' is not a boolean (true or false)");
                }
                yield Boolean.valueOf(value);
            }
            default -> throw new IllegalStateException("not a leaf: " + leaf.kind());
        };
    }
}
