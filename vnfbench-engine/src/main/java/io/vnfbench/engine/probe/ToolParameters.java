package io.vnfbench.engine.probe;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks and conversions of tool parameter values, with messages that name the tool and the parameter. */
final class ToolParameters {
    private ToolParameters() {
    }

    static void checkNumber(String tool, Map<String, String> given, String name, double min, double max,
                            List<String> problems) {
        String value = given.get(name);
        if (value == null) {
            return;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (!(number >= min && number <= max)) {
                problems.add(tool + " parameter '" + name + "' must be between " + plain(min) + " and " + plain(max)
                        + ", got '" + value + "'");
            }
        } catch (NumberFormatException e) {
            problems.add(tool + " parameter '" + name + "' must be a number, got '" + value + "'");
        }
    }

    static void checkBoolean(String tool, Map<String, String> given, String name, List<String> problems) {
        String value = given.get(name);
        if (value != null && !value.strip().toLowerCase(Locale.ROOT).matches("true|false|yes|no|1|0")) {
            problems.add(tool + " parameter '" + name + "' must be true or false, got '" + value + "'");
        }
    }

    static void checkChoice(String tool, Map<String, String> given, String name, List<String> choices,
                            List<String> problems) {
        String value = given.get(name);
        if (value != null && !choices.contains(value.strip().toLowerCase(Locale.ROOT))) {
            problems.add(tool + " parameter '" + name + "' must be one of " + choices + ", got '" + value + "'");
        }
    }

    static boolean bool(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value != null && value.strip().toLowerCase(Locale.ROOT).matches("true|yes|1");
    }

    static double number(Map<String, String> parameters, String name, double fallback) {
        String value = parameters.get(name);
        return value == null ? fallback : Double.parseDouble(value.strip());
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** The measuring time: the {@code duration} parameter, else the schedule's duration, else the fallback. */
    static Duration duration(ToolContext context, Duration fallback) {
        String value = context.parameters().get("duration");
        if (value != null) {
            return seconds(Double.parseDouble(value.strip()));
        }
        return context.scheduledDuration().orElse(fallback);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
