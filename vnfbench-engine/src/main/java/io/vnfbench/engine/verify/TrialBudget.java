package io.vnfbench.engine.verify;

import java.util.Locale;

/**
 * How many Trials a run may have in all, the planned ones and those the gate asks for while it cannot decide: a
 * multiple of the planned Trials ({@code 3x}, the default) or a number ({@code 120}).
 *
 * @param factor multiple of the planned Trials (NaN when a number is given)
 * @param trials the number (0 when a multiple is given)
 */
public record TrialBudget(double factor, int trials) {
    public static final TrialBudget DEFAULT = new TrialBudget(3, 0);

    /** Extra Trials the gate may ask for in a run that plans {@code planned}. */
    public int extra(int planned) {
        int total = Double.isNaN(factor) ? trials : (int) Math.floor(factor * planned);
        return Math.max(0, total - planned);
    }

    /** Parses {@code 3x}, {@code 2.5x} or {@code 120}. */
    public static TrialBudget parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("x")) {
                double f = Double.parseDouble(t.substring(0, t.length() - 1).trim());
                if (f >= 1 && Double.isFinite(f)) {
                    return new TrialBudget(f, 0);
                }
            } else {
                int n = Integer.parseInt(t);
                if (n >= 0) {
                    return new TrialBudget(Double.NaN, n);
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("expected a multiple of the planned Trials such as 3x (at least 1x) or a "
                + "number of Trials, got '" + text + "'");
    }

    @Override
    public String toString() {
        return Double.isNaN(factor) ? trials + " Trials" : VerdictTable.number(factor) + "× the planned Trials";
    }
}
