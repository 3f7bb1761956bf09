package io.vnfbench.engine.plan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed instance path into a VNF-BD, such as {@code /scenario/nodes[id='d2']/resources/cpu/vcpus} or
 * {@code /vnf-bd:proceedings/agents[uuid='d1']/probers[id='1']/parameters[input='pcap']/value}. Module prefixes on
 * steps are accepted and dropped.
 */
public record YangPath(List<Step> steps) {

    /** One step: a member name with an optional list-key predicate. */
    public record Step(String name, @CheckForNull String keyName, @CheckForNull String keyValue) {
        public boolean hasPredicate() {
            return keyName != null;
        }

        @Override
        public String toString() {
            return hasPredicate() ? name + "[" + keyName + "='" + keyValue + "']" : name;
        }
    }

    public YangPath {
        steps = List.copyOf(steps);
    }

    public static YangPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("path is empty");
        }
        String s = text.trim();
        if (!s.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/'");
        }
        List<Step> steps = new ArrayList<>();
        int i = 1;
        while (i < s.length()) {
            int nameStart = i;
            while (i < s.length() && s.charAt(i) != '/' && s.charAt(i) != '[') {
                i++;
            }
            String name = s.substring(nameStart, i);
            int colon = name.indexOf(':');
            if (colon >= 0) {
                name = name.substring(colon + 1);
            }
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty step at character " + (nameStart + 1));
            }
            String keyName = null;
            String keyValue = null;
            if (i < s.length() && s.charAt(i) == '[') {
                int eq = s.indexOf('=', i);
                if (eq < 0) {
                    throw new IllegalArgumentException("predicate without '=' at character " + (i + 1));
                }
                keyName = s.substring(i + 1, eq).trim();
                int colonKey = keyName.indexOf(':');
                if (colonKey >= 0) {
                    keyName = keyName.substring(colonKey + 1);
                }
                int q = eq + 1;
                while (q < s.length() && s.charAt(q) == ' ') {
                    q++;
                }
                if (q >= s.length() || (s.charAt(q) != '\'' && s.charAt(q) != '"')) {
                    throw new IllegalArgumentException("predicate value must be quoted at character " + (q + 1));
                }
                char quote = s.charAt(q);
                int end = s.indexOf(quote, q + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated quote at character " + (q + 1));
                }
                keyValue = s.substring(q + 1, end);
                int close = s.indexOf(']', end);
                if (close < 0 || !s.substring(end + 1, close).isBlank()) {
                    throw new IllegalArgumentException("predicate not closed with ']' at character " + (end + 2));
                }
                i = close + 1;
            }
            steps.add(new Step(name, keyName, keyValue));
            if (i < s.length()) {
                if (s.charAt(i) != '/') {
                    throw new IllegalArgumentException("expected '/' at character " + (i + 1));
                }
                i++;
                if (i == s.length()) {
                    throw new IllegalArgumentException("path ends with '/'");
                }
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("path has no steps");
        }
        return new YangPath(steps);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Step step : steps) {
            sb.append('/').append(step);
        }
        return sb.toString();
    }
}
