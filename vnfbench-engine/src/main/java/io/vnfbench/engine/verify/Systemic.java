package io.vnfbench.engine.verify;

import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evidence combined over every Test key of one gated metric, so that a drop common to all cells is found even when
 * each cell alone is inconclusive. The combined change is a weighted mean of the keys' changes; its noise is what the
 * design can say about a change common to all keys:
 *
 * <ul>
 *   <li>history: the spread of the same weighted mean over the history's runs (load, reboots and machine state move
 *       all keys of a run together, so that spread is the noise of a common change), degrees of freedom runs − 1;</li>
 *   <li>one baseline run: the keys' own variances combined, drift taken as absent;</li>
 *   <li>interleaved: every A/B pair of every key as one sample of the common change.</li>
 * </ul>
 */
final class Systemic {
    /** Keys with history runs needed before the weights are the keys' inverse run-level variances (else equal). */
    static final int MIN_RUNS_FOR_WEIGHTS = 5;

    private Systemic() {
    }

    /** One key's part: its candidate deployments, the baseline runs' deployments of the key (aligned by run), evidence. */
    record Part(String testKey, List<Deployment> candidate, List<List<Deployment>> baselineRuns, Evidence evidence) {
    }

    static Evidence evidence(Design design, List<Part> parts) {
        return switch (design) {
            case PAIRED -> paired(parts);
            case HISTORY -> parts.stream().allMatch(p -> "history".equals(p.evidence().method()))
                    ? history(parts) : independent(parts);
            case TWO_RUN -> independent(parts);
        };
    }

    private static Evidence history(List<Part> parts) {
        int runs = parts.get(0).baselineRuns().size();
        int k = parts.size();
        double[][] u = new double[runs][k];
        double[] weights = new double[k];
        for (int j = 0; j < k; j++) {
            Part p = parts.get(j);
            double centre = p.evidence().baselineCentre();
            List<Double> deviations = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                List<Deployment> run = r < p.baselineRuns().size() ? p.baselineRuns().get(r) : List.of();
                u[r][j] = run.isEmpty() ? Double.NaN : Estimators.level(run) / centre - 1;
                if (!run.isEmpty()) {
                    deviations.add(u[r][j]);
                }
            }
            double var = Samples.variance(deviations.stream().mapToDouble(Double::doubleValue).toArray());
            weights[j] = deviations.size() >= MIN_RUNS_FOR_WEIGHTS ? 1 / Math.max(var, 1e-12) : 1;
        }
        List<Double> series = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double sum = 0;
            double w = 0;
            for (int j = 0; j < k; j++) {
                if (!Double.isNaN(u[r][j])) {
                    sum += weights[j] * u[r][j];
                    w += weights[j];
                }
            }
            if (w > 0) {
                series.add(sum / w);
            }
        }
        double[] s = series.stream().mapToDouble(Double::doubleValue).toArray();
        int start = Estimators.newestSegment(s);
        double[] seg = java.util.Arrays.copyOfRange(s, start, s.length);
        double total = 0;
        double change = 0;
        int nb = 0;
        int nc = 0;
        for (int j = 0; j < k; j++) {
            change += weights[j] * parts.get(j).evidence().change();
            total += weights[j];
            nb += parts.get(j).evidence().baselineCount();
            nc += parts.get(j).evidence().candidateCount();
        }
        change /= total;
        int n = seg.length;
        double variance = n >= 2 ? Samples.variance(seg) * (1 + (n >= 3 ? Math.PI / 2 : 1) / n) : Double.NaN;
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%d Test keys combined%s; noise of a common change from %d history runs",
                k, weights[0] == 1 ? "" : " (weighted by their run-level variance)", n));
        if (start > 0) {
            notes.add("history cut at a level shift common to the keys " + (s.length - start) + " runs ago");
        }
        return new Evidence("systemic", change, variance, n - 1, Estimators.mixture(variance, n - 1, variance), nb, nc, 1,
                1 + change, notes);
    }

    private static Evidence independent(List<Part> parts) {
        double precision = 0;
        double change = 0;
        int nb = 0;
        int nc = 0;
        List<Part> usable = parts.stream().filter(p -> p.evidence().hasNoise() && p.evidence().variance() > 0).toList();
        for (Part p : usable) {
            double w = 1 / p.evidence().variance();
            precision += w;
            change += w * p.evidence().change();
            nb += p.evidence().baselineCount();
            nc += p.evidence().candidateCount();
        }
        if (usable.size() < 2) {
            return new Evidence("systemic", Double.NaN, Double.NaN, 0, 1, nb, nc, 1, Double.NaN,
                    List.of("fewer than two Test keys with an estimate of their noise"));
        }
        change /= precision;
        double variance = 1 / precision;
        double denominator = 0;
        for (Part p : usable) {
            double w = 1 / p.evidence().variance() / precision;
            double term = w * w * p.evidence().variance();
            denominator += term * term / p.evidence().df();
        }
        double df = variance * variance / denominator;
        return new Evidence("systemic", change, variance, df, Estimators.mixture(variance, df, variance), nb, nc, 1,
                1 + change, List.of(usable.size()
                        + " Test keys combined by their precision; run-to-run drift taken as absent (one baseline run), "
                        + "so a change common to all keys cannot be told from a busier machine"));
    }

    private static Evidence paired(List<Part> parts) {
        List<Double> all = new ArrayList<>();
        for (Part p : parts) {
            List<Deployment> a = p.baselineRuns().isEmpty() ? List.of() : p.baselineRuns().get(0);
            java.util.Map<Long, Double> byTest = new java.util.HashMap<>();
            a.forEach(d -> byTest.put(d.test(), d.mean()));
            List<double[]> pairs = new ArrayList<>();
            for (Deployment b : p.candidate()) {
                Double am = byTest.get(b.test());
                if (am != null) {
                    pairs.add(new double[] {am, b.mean()});
                }
            }
            double levelA = pairs.stream().mapToDouble(x -> x[0]).average().orElse(Double.NaN);
            pairs.forEach(x -> all.add((x[1] - x[0]) / levelA));
        }
        double[] d = all.stream().mapToDouble(Double::doubleValue).toArray();
        int n = d.length;
        double variance = n >= 2 ? Samples.variance(d) / n : Double.NaN;
        return new Evidence("systemic", n == 0 ? Double.NaN : Samples.mean(d), variance, n - 1,
                Estimators.mixture(variance, n - 1, variance), n, n, 1,
                n == 0 ? Double.NaN : 1 + Samples.mean(d),
                List.of(parts.size() + " Test keys combined: " + n + " A/B pairs as samples of a common change"));
    }
}
