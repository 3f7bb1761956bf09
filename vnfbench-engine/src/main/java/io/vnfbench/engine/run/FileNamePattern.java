package io.vnfbench.engine.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file-name pattern such as {@code {topology}_{chains}c{nfs}n_{run}-{n}.json}: each {@code {name}} matches the
 * shortest non-empty text that lets the whole name match; everything else is literal. Names are variables, in the
 * order they appear.
 */
public final class FileNamePattern {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_-]*)}");

    private final String text;
    private final Pattern regex;
    private final List<String> names;

    private FileNamePattern(String text, Pattern regex, List<String> names) {
        this.text = text;
        this.regex = regex;
        this.names = names;
    }

    /** @throws IllegalArgumentException for a pattern without placeholders, or with a name used twice */
    public static FileNamePattern compile(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(last, m.start())));
            String name = m.group(1);
            if (names.contains(name)) {
                throw new IllegalArgumentException("name pattern '" + text + "' uses {" + name + "} twice");
            }
            names.add(name);
            regex.append("(.+?)");
            last = m.end();
        }
        regex.append(Pattern.quote(text.substring(last)));
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name pattern '" + text
                    + "' has no {name} placeholder; e.g. {topology}_{chains}c{nfs}n_{run}-{n}.json");
        }
        return new FileNamePattern(text, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    public List<String> names() {
        return names;
    }

    /** The placeholder values of a file name (without directories), in pattern order; empty when it does not match. */
    public Optional<Map<String, String>> match(String fileName) {
        Matcher m = regex.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return Optional.of(Collections.unmodifiableMap(values));
    }

    @Override
    public String toString() {
        return text;
    }
}
