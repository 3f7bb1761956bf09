package io.vnfbench.engine.verify;

import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import java.util.List;
import java.util.Locale;

/**
 * The noise of one Test key × metric as three nested variance components, the way the draft's Tests × Trials are run:
 * every sample = centre + run (build) level + deployment (Test) level + Trial noise.
 *
 * <ul>
 *   <li>{@code trial}: pooled variance of Trials around their deployment's mean, Σ(nᵢ − 1) degrees of freedom;</li>
 *   <li>{@code deployment}: variance of deployment means within a run beyond what Trial noise explains, estimable only
 *       from runs with two or more Tests of the key; otherwise it is not separable from the run level
 *       ({@code deploymentKnown} false) and the run level carries it;</li>
 *   <li>{@code run}: variance of run levels beyond what deployments and Trials explain (builds, reboots, load),
 *       estimable only from a history of runs.</li>
 * </ul>
 *
 * Method-of-moments estimates, each truncated at 0; their degrees of freedom feed Satterthwaite's approximation.
 *
 * @param trial           Trial variance (absolute units squared)
 * @param trialDf         its degrees of freedom
 * @param deployment      deployment variance
 * @param deploymentDf    degrees of freedom of the mean square it comes from (0: not estimable)
 * @param deploymentMeanSquare within-run variance of deployment means, the mean square {@code deployment} comes from
 * @param trialShare      the average 1/nᵢ the deployment mean square carries of Trial noise
 */
public record NoiseModel(double trial, double trialDf, double deployment, double deploymentDf,
                         double deploymentMeanSquare, double trialShare) {

    /** Whether deployments and runs could be told apart (some run had two or more Tests). */
    public boolean deploymentKnown() {
        return deploymentDf > 0;
    }

    /** Pools Trial and deployment noise from every run given (each: that run's deployments of the key). */
    public static NoiseModel of(List<List<Deployment>> runs) {
        double ssWithin = 0;
        double dfWithin = 0;
        double ssDeployment = 0;
        double dfDeployment = 0;
        double inverseSizes = 0;
        int deploymentsCounted = 0;
        for (List<Deployment> run : runs) {
            for (Deployment d : run) {
                ssWithin += Samples.variance(d.values()) * (d.size() - 1);
                dfWithin += d.size() - 1;
            }
            if (run.size() >= 2) {
                double[] means = run.stream().mapToDouble(Deployment::mean).toArray();
                ssDeployment += Samples.variance(means) * (means.length - 1);
                dfDeployment += means.length - 1;
                for (Deployment d : run) {
                    inverseSizes += 1.0 / d.size();
                    deploymentsCounted++;
                }
            }
        }
        double trial = dfWithin > 0 ? ssWithin / dfWithin : Double.NaN;
        double share = deploymentsCounted > 0 ? inverseSizes / deploymentsCounted : 0;
        double meanSquare = dfDeployment > 0 ? ssDeployment / dfDeployment : 0;
        double deployment = dfDeployment > 0 ? Math.max(0, meanSquare - (Double.isNaN(trial) ? 0 : trial) * share) : 0;
        return new NoiseModel(trial, dfWithin, deployment, dfDeployment, meanSquare, share);
    }

    /** Variance of the mean of deployment means of a run with this design (without the run level). */
    public double levelVariance(List<Deployment> design) {
        int k = design.size();
        double inverseSizes = design.stream().mapToDouble(d -> 1.0 / d.size()).sum();
        return deployment / k + trialOrZero() * inverseSizes / ((double) k * k);
    }

    /** Satterthwaite's terms of {@link #levelVariance}: its Trial part and its deployment part. */
    double[][] levelTerms(List<Deployment> design) {
        int k = design.size();
        double inverseSizes = design.stream().mapToDouble(d -> 1.0 / d.size()).sum();
        return new double[][] {{trialOrZero() * inverseSizes / ((double) k * k), trialDf},
            {deployment / k, deploymentDf}};
    }

    double trialOrZero() {
        return Double.isNaN(trial) ? 0 : trial;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Trial SD %.4g (df %.0f), deployment SD %s", Math.sqrt(trialOrZero()), trialDf,
                deploymentKnown() ? String.format(Locale.ROOT, "%.4g (df %.0f)", Math.sqrt(deployment), deploymentDf)
                        : "not separable from the run level");
    }

    /** Satterthwaite's degrees of freedom of a sum of variance terms {value, df}; terms with df 0 must be 0. */
    static double satterthwaite(double[]... terms) {
        double total = 0;
        double denominator = 0;
        for (double[] t : terms) {
            total += t[0];
            if (t[0] != 0) {
                if (!(t[1] > 0)) {
                    return 0;
                }
                denominator += t[0] * t[0] / t[1];
            }
        }
        return denominator == 0 ? Double.POSITIVE_INFINITY : total * total / denominator;
    }
}
