package io.vnfbench.engine.model.codec;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a {@link Tree} to model records strictly: unknown members, wrong types, lists without their key leaf and
 * duplicate list keys are problems naming line, column and YANG path. Lists may be RFC 7951 arrays or objects keyed
 * by the list key (as Gym writes them). Numbers are accepted where YANG says string (Gym writes metric scalars as
 * numbers) and digit strings where YANG says uint32. Every problem in the document is collected, not just the first.
 */
final class Binder {

    /** Module prefixes RFC 7951 may put on member names; accepted and ignored. */
    private static final Set<String> MODULE_PREFIXES = Set.of("vnf-bd", "vnf-pp", "vnf-br", "vnfbench");

    private final String source;
    /** Members of older Gym formats (e.g. Gym's VNF-BD fixture): accepted with a warning and left out. */
    private static final Map<Class<?>, Set<String>> LEGACY = Map.of(
            io.vnfbench.engine.model.VnfBd.class, Set.of("author", "environment", "targets"),
            io.vnfbench.engine.model.Proceedings.class, Set.of("attributes"));

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<Object, Placed> places = new IdentityHashMap<>();

    /** Where a bound record came from. */
    record Placed(Location location, String path) {
    }

    Binder(String source) {
        this.source = source;
    }

    List<Problem> problems() {
        return problems;
    }

    List<Problem> warnings() {
        return warnings;
    }

    Map<Object, Placed> places() {
        return places;
    }

    @CheckForNull
    Object bindRoot(Tree tree, Class<?> type) {
        return bindRecord(tree, Schema.of(type), "", null, null);
    }

    @CheckForNull
    private Object bindRecord(Tree tree, Schema schema, String path, @CheckForNull Schema.Field keyField, @CheckForNull String impliedKey) {
        if (!(tree instanceof Tree.Obj obj)) {
            problem(tree.location(), pathOrRoot(path), "expected an object but found " + tree.describe());
            return null;
        }
        Object[] values = new Object[schema.fields().size()];
        int before = problems.size();
        Map<String, Tree.Member> members = new HashMap<>();
        for (Tree.Member member : obj.members().values()) {
            String name = stripPrefix(member.name());
            Schema.Field field = schema.field(name).orElse(null);
            if (field == null && LEGACY.getOrDefault(schema.type(), Set.of()).contains(name)) {
                warnings.add(new Problem(source, member.nameLocation(), path + "/" + name, "member '" + name
                        + "' of an older Gym format is not in the draft's YANG module; ignored"));
                continue;
            }
            if (field == null) {
                problem(member.nameLocation(), path + "/" + member.name(), "unknown member '" + member.name() + "'"
                        + suggestion(name, schema) + " (allowed here: " + allowed(schema) + ")");
                continue;
            }
            Tree.Member previous = members.put(name, member);
            if (previous != null) {
                problem(member.nameLocation(), path + "/" + name, "member '" + name + "' given twice (also at line "
                        + previous.nameLocation().line() + ")");
                continue;
            }
            values[field.index()] = bindField(member.value(), field, path + "/" + name);
        }
        if (keyField != null) {
            Object key = values[keyField.index()];
            if (impliedKey != null) {
                if (key == null) {
                    values[keyField.index()] = convertKey(impliedKey, keyField, obj.location(), path);
                } else if (!key.toString().equals(impliedKey) && !numericallyEqual(key.toString(), impliedKey)) {
                    warnings.add(new Problem(source, obj.location(), path, "list entry keyed '" + impliedKey + "' has "
                            + keyField.name() + " '" + key + "'; the key leaf '" + key + "' is used"));
                }
            } else if (key == null && problems.size() == before) {
                problem(obj.location(), path, "list entry has no key leaf '" + keyField.name() + "'");
            }
        }
        if (schema.type() == Metric.class && problems.size() == before) {
            boolean hasValue = values[3] != null || !isEmpty(values[4]) || !isEmpty(values[5]);
            if (!hasValue) {
                problem(obj.location(), path, "metric has no value: one of scalar, vector or series is mandatory");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            Object record = schema.construct(values);
            places.put(record, new Placed(obj.location(), pathOrRoot(path)));
            return record;
        } catch (IllegalArgumentException e) {
            problem(obj.location(), pathOrRoot(path), e.getMessage());
            return null;
        }
    }

    private static boolean isEmpty(Object list) {
        return list == null || ((List<?>) list).isEmpty();
    }

    @CheckForNull
    private Object bindField(Tree tree, Schema.Field field, String path) {
        if (tree instanceof Tree.Scalar s && s.kind() == Tree.Kind.NULL) {
            return null;
        }
        return switch (field.kind()) {
            case STRING -> string(tree, path);
            case UINT -> uint(tree, path);
            case BOOLEAN -> bool(tree, path);
            case CONTAINER -> bindRecord(tree, field.schema(), path, null, null);
            case LEAF_LIST -> leafList(tree, path);
            case LIST -> list(tree, field, path);
        };
    }

    @CheckForNull
    private String string(Tree tree, String path) {
        if (tree instanceof Tree.Scalar s) {
            return s.text();
        }
        problem(tree.location(), path, "expected a string but found " + tree.describe());
        return null;
    }

    @CheckForNull
    private Long uint(Tree tree, String path) {
        if (tree instanceof Tree.Scalar s && (s.kind() == Tree.Kind.NUMBER || s.kind() == Tree.Kind.STRING)) {
            Long value = Schema.parseUint(s.text());
            if (value != null) {
                return value;
            }
        }
        problem(tree.location(), path, "expected a uint32 (0 to 4294967295) but found " + tree.describe());
        return null;
    }

    @CheckForNull
    private Boolean bool(Tree tree, String path) {
        if (tree instanceof Tree.Scalar s && (s.kind() == Tree.Kind.BOOLEAN || s.kind() == Tree.Kind.STRING)) {
            if (s.text().equals("true") || s.text().equals("false")) {
                return Boolean.valueOf(s.text());
            }
        }
        problem(tree.location(), path, "expected a boolean (true or false) but found " + tree.describe());
        return null;
    }

    private List<String> leafList(Tree tree, String path) {
        if (!(tree instanceof Tree.Arr arr)) {
            problem(tree.location(), path, "expected a list of values but found " + tree.describe());
            return List.of();
        }
        List<String> values = new ArrayList<>(arr.items().size());
        for (int i = 0; i < arr.items().size(); i++) {
            String v = string(arr.items().get(i), path + "[" + (i + 1) + "]");
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private List<Object> list(Tree tree, Schema.Field field, String path) {
        Schema entry = field.schema();
        Schema.Field key = entry.key().orElseThrow(() -> new IllegalStateException(entry.type() + " has no @Key"));
        List<Object> values = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        if (tree instanceof Tree.Arr arr) {
            for (Tree item : arr.items()) {
                String keyText = peekKey(item, key);
                String entryPath = path + (keyText != null ? "[" + key.name() + "='" + keyText + "']" : "");
                if (keyText != null && !checkUnique(seen, keyText, item.location(), entryPath, key)) {
                    continue;
                }
                add(values, bindRecord(item, entry, entryPath, key, null));
            }
        } else if (tree instanceof Tree.Obj obj) {
            for (Tree.Member member : obj.members().values()) {
                String inner = peekKey(member.value(), key);
                String keyText = inner != null ? inner : member.name();
                String entryPath = path + "[" + key.name() + "='" + member.name() + "']";
                if (!checkUnique(seen, keyText, member.nameLocation(), entryPath, key)) {
                    continue;
                }
                add(values, bindRecord(member.value(), entry, entryPath, key, member.name()));
            }
        } else {
            problem(tree.location(), path, "expected a list (an array, or an object keyed by " + key.name()
                    + ") but found " + tree.describe());
        }
        return values;
    }

    private static void add(List<Object> values, @CheckForNull Object value) {
        if (value != null) {
            values.add(value);
        }
    }

    private boolean checkUnique(Map<String, Location> seen, String keyText, Location at, String path, Schema.Field key) {
        Long uint = key.kind() == Schema.Kind.UINT ? Schema.parseUint(keyText) : null;
        String normal = uint != null ? uint.toString() : keyText;
        Location first = seen.putIfAbsent(normal, at);
        if (first != null) {
            problem(at, path, "duplicate list key " + key.name() + "='" + keyText + "' (first at line " + first.line() + ")");
            return false;
        }
        return true;
    }

    @CheckForNull
    private static String peekKey(Tree item, Schema.Field key) {
        if (item instanceof Tree.Obj obj) {
            Tree.Member m = obj.members().get(key.name());
            if (m != null && m.value() instanceof Tree.Scalar s && s.kind() != Tree.Kind.NULL) {
                return s.text();
            }
        }
        return null;
    }

    @CheckForNull
    private Object convertKey(String text, Schema.Field key, Location at, String path) {
        if (key.kind() == Schema.Kind.UINT) {
            Long v = Schema.parseUint(text);
            if (v == null) {
                problem(at, path, "list key '" + text + "' is not a uint32 " + key.name());
            }
            return v;
        }
        return text;
    }

    private static boolean numericallyEqual(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String stripPrefix(String name) {
        int colon = name.indexOf(':');
        if (colon > 0 && MODULE_PREFIXES.contains(name.substring(0, colon))) {
            return name.substring(colon + 1);
        }
        return name;
    }

    private static String allowed(Schema schema) {
        return schema.fields().stream().map(Schema.Field::name).collect(Collectors.joining(", "));
    }

    private static String suggestion(String name, Schema schema) {
        return Names.nearest(name, schema.fields().stream().map(Schema.Field::name).toList())
                .map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    private static String pathOrRoot(String path) {
        return path.isEmpty() ? "/" : path;
    }

    private void problem(Location at, String path, String message) {
        problems.add(new Problem(source, at, path, message));
    }
}
