package io.vnfbench.engine.session;

import io.vnfbench.engine.model.Verdict;
import java.util.List;

/**
 * A verdict table as Markdown, for places with a size limit such as a pull request's check run: the rows that fail a
 * gate (REGRESSION, ERROR) first, then the others, at most a given number, each cell escaped so that text from a VNF-BR
 * (Test keys, metric names) can neither break the table nor inject Markdown or HTML.
 */
public final class VerdictMarkdown {

    private VerdictMarkdown() {
    }

    /** The table, and a last line saying how many rows were left out when there were more than {@code maxRows}. */
    public static String table(List<VerdictLine> lines, int maxRows) {
        StringBuilder sb = new StringBuilder("| Test | Metric | Verdict | Baseline | Candidate | Change | p | Limit |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        int written = 0;
        for (boolean failingPass : new boolean[] {true, false}) {
            for (VerdictLine r : lines) {
                boolean failing = r.verdict() == Verdict.REGRESSION || r.verdict() == Verdict.ERROR;
                if (failing != failingPass || written >= maxRows) {
                    continue;
                }
                sb.append('|');
                for (String cell : List.of(r.testKey(), r.metric(), r.verdictText(), r.baselineMedian(),
                        r.candidateMedian(), r.change(), r.pValue(), r.limit())) {
                    sb.append(' ').append(escape(cell)).append(" |");
                }
                sb.append('\n');
                written++;
            }
        }
        if (written < lines.size()) {
            sb.append('\n').append(lines.size() - written).append(" more row(s) not shown here.\n");
        }
        return sb.toString();
    }

    /** Escapes Markdown and HTML control characters; line breaks become spaces. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '|', '\\', '`', '*', '_', '[', ']', '#', '~' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
