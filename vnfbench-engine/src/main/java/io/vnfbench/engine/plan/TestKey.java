package io.vnfbench.engine.plan;

import io.vnfbench.engine.model.VariableValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stable identity of a Test across runs and machines: the variable assignment as {@code name=value} pairs sorted
 * by name and joined by commas, e.g. {@code chains=2,nfs=4,topology=snake}. Characters that would make it ambiguous
 * ({@code , = %} and control characters) are percent-encoded. An instance without variables has the key {@code default}.
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

    /** The key of an output, from its variable values. */
    public static String of(List<VariableValue> variables) {
        Map<String, String> map = new TreeMap<>();
        for (VariableValue v : variables) {
            map.put(v.name(), v.value() == null ? "" : v.value());
        }
        return of(map);
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
