package io.vnfbench.engine.env.local;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The switch's {@code xconnect} lifecycle parameter: space-separated {@code from>to} pairs of its connection points. */
public final class CrossConnect {
    private CrossConnect() {
    }

    /** Parses {@code "a>b c>d"} into an ordered map from → to; a malformed or repeated {@code from} is an error. */
    public static Map<String, String> parse(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int arrow = pair.indexOf('>');
            if (arrow <= 0 || arrow == pair.length() - 1 || pair.indexOf('>', arrow + 1) >= 0) {
                throw new IllegalArgumentException("xconnect pair '" + pair + "' is not of the form from>to");
            }
            String from = pair.substring(0, arrow);
            if (pairs.put(from, pair.substring(arrow + 1)) != null) {
                throw new IllegalArgumentException("xconnect names connection point '" + from + "' as a source twice");
            }
        }
        return pairs;
    }

    /** Checks that every pair names known connection points and that every target has somewhere to send to. */
    public static void check(Map<String, String> pairs, Collection<String> connectionPoints, Collection<String> withPeer) {
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            for (String cp : new String[] {pair.getKey(), pair.getValue()}) {
                if (!connectionPoints.contains(cp)) {
                    throw new IllegalArgumentException("xconnect names unknown connection point '" + cp
                            + "'; known: " + connectionPoints);
                }
            }
            if (!withPeer.contains(pair.getValue())) {
                throw new IllegalArgumentException("xconnect target '" + pair.getValue() + "' has no link to send to");
            }
        }
    }
}
