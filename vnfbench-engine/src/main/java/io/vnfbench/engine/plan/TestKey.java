package io.vnfbench.engine.plan;

import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.VariableValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stable identity of a Test across runs and machines: the variable assignment as {@code name=value} pairs sorted
 * by name and joined by commas, e.g. {@code chains=2,nfs=4,topology=snake}. Characters that would make it ambiguous
 * ({@code , = %} and control characters) are percent-encoded. An instance without variables has the key {@code default}.
 *
 * <p>This is the one key of a Test everywhere: the planner's instances, the gate's verdict rows, the run summaries
 * that trends are drawn from, and the front ends' tables all take it from here.
 */
public final class TestKey {

    public static final String NO_VARIABLES = "default";

    private TestKey() {
    }

    public static String of(Map<String, String> variables) {
        if (variables.isEmpty()) {
            return NO_VARIABLES;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(variables).entrySet()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(escape(e.getKey())).append('=').append(escape(e.getValue()));
        }
        return sb.toString();
    }

    /** The key of an output (a run instance of a VNF-BR), from its variable values. */
    public static String of(Output output) {
        return of(output.variables());
    }

    /** The key of an output, from its variable values. */
    public static String of(List<VariableValue> variables) {
        Map<String, String> map = new TreeMap<>();
        for (VariableValue v : variables) {
            map.put(v.name(), v.value() == null ? "" : v.value());
        }
        return of(map);
    }

    /**
     * The variables of a key, decoded: the inverse of {@link #of(Map)}. {@code default} has none; a part without
     * {@code =} (keys written by hand) is a name with an empty value.
     */
    public static SortedMap<String, String> parse(String testKey) {
        SortedMap<String, String> vars = new TreeMap<>();
        if (testKey == null || testKey.isEmpty() || testKey.equals(NO_VARIABLES)) {
            return Collections.unmodifiableSortedMap(vars);
        }
        for (String part : testKey.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                vars.put(unescape(part), "");
            } else {
                vars.put(unescape(part.substring(0, eq)), unescape(part.substring(eq + 1)));
            }
        }
        return Collections.unmodifiableSortedMap(vars);
    }

    static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (raw[i] == '%' && hi >= 0 && lo >= 0) {
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == ',' || c == '=' || c == '%' || c < 0x20 || c == 0x7F) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                sb.append((char) c);
            }
        }
        return new String(sb.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
