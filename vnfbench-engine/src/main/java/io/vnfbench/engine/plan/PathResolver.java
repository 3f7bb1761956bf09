package io.vnfbench.engine.plan;

import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.codec.Names;
import io.vnfbench.engine.model.codec.Schema;
import java.util.ArrayList;
import java.util.List;

/** Resolves a {@link YangPath} against a VNF-BD to a {@link LeafRef}, or says where it stops matching. */
final class PathResolver {

    private PathResolver() {
    }

    /** Thrown with the furthest path that does exist and what is there, so the user can correct the variable. */
    static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;
        private final String nearest;

        Unresolved(String message, String nearest) {
            super(message);
            this.nearest = nearest;
        }

        String nearest() {
            return nearest;
        }
    }

    static LeafRef resolve(YangPath path, VnfBd root) throws Unresolved {
        Schema schema = Schema.of(VnfBd.class);
        Object current = root;
        StringBuilder done = new StringBuilder();
        List<LeafRef.Hop> hops = new ArrayList<>();
        List<YangPath.Step> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            YangPath.Step step = steps.get(i);
            String here = done.length() == 0 ? "/" : done.toString();
            if (schema == null) {
                throw new Unresolved("'" + steps.get(i - 1).name() + "' is a leaf; nothing lies below it", here);
            }
            Schema.Field field = schema.field(step.name()).orElse(null);
            if (field == null) {
                List<String> names = schema.fields().stream().map(Schema.Field::name).toList();
                String hint = Names.nearest(step.name(), names).map(n -> " (did you mean '" + n + "'?)").orElse("");
                throw new Unresolved("no member '" + step.name() + "' at " + here + hint + "; members there: "
                        + String.join(", ", names), here);
            }
            boolean last = i == steps.size() - 1;
            if (field.kind() == Schema.Kind.LIST) {
                Schema entry = field.schema();
                Schema.Field key = entry.key().orElseThrow();
                String keyName = step.keyName();
                String keyValue = step.keyValue();
                if (keyName == null || keyValue == null) {
                    throw new Unresolved("'" + step.name() + "' is a list: select one entry with [" + key.name()
                            + "='...']", here);
                }
                if (!keyName.equals(key.name())) {
                    throw new Unresolved("list '" + step.name() + "' is keyed by '" + key.name() + "', not '"
                            + keyName + "'", here);
                }
                List<?> list = current == null ? List.of() : (List<?>) schema.get(current, field);
                int index = -1;
                List<String> keys = new ArrayList<>();
                for (int j = 0; j < list.size(); j++) {
                    String k = entry.keyText(list.get(j));
                    keys.add(k);
                    if (k != null && (k.equals(keyValue) || sameNumber(key, k, keyValue))) {
                        index = j;
                    }
                }
                if (index < 0) {
                    String at = here.equals("/") ? "/" + step.name() : here + "/" + step.name();
                    String hint = Names.nearest(keyValue, keys).map(n -> " (did you mean '" + n + "'?)").orElse("");
                    throw new Unresolved("no entry " + key.name() + "='" + keyValue + "' in " + at + hint
                            + (keys.isEmpty() ? "; the list is empty" : "; existing: " + String.join(", ", keys)), here);
                }
                if (last) {
                    throw new Unresolved("path ends at a list entry, not a leaf", here);
                }
                hops.add(new LeafRef.Hop(schema, field, index));
                current = list.get(index);
                appendStep(done, step.name() + "[" + key.name() + "='" + keys.get(index) + "']");
                schema = entry;
                continue;
            }
            if (step.hasPredicate()) {
                throw new Unresolved("'" + step.name() + "' is not a list; remove the predicate", here);
            }
            hops.add(new LeafRef.Hop(schema, field, -1));
            appendStep(done, step.name());
            if (field.kind() == Schema.Kind.CONTAINER) {
                if (last) {
                    throw new Unresolved("path ends at the container '" + step.name() + "', not a leaf", done.toString());
                }
                current = current == null ? null : schema.get(current, field);
                if (current == null) {
                    throw new Unresolved("container '" + step.name() + "' is absent in the VNF-BD; add it (with the leaf)"
                            + " so the variable has a place to go", here);
                }
                schema = field.schema();
            } else if (field.kind() == Schema.Kind.LEAF_LIST) {
                throw new Unresolved("'" + step.name() + "' is a leaf-list; variables set single leaves", here);
            } else {
                if (!last) {
                    schema = null;
                    continue;
                }
                return new LeafRef(hops, done.toString());
            }
        }
        throw new Unresolved("path ends before reaching a leaf", done.toString());
    }

    private static boolean sameNumber(Schema.Field key, String a, String b) {
        if (key.kind() != Schema.Kind.UINT) {
            return false;
        }
        Long x = Schema.parseUint(a);
        Long y = Schema.parseUint(b);
        return x != null && x.equals(y);
    }

    private static void appendStep(StringBuilder sb, String step) {
        sb.append('/').append(step);
    }
}
