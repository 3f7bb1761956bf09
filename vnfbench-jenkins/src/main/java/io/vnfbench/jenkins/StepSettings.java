package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.session.BaselinePolicy;
import io.vnfbench.engine.session.GateOverrides;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The vnfBenchmark options after validation, with the global defaults applied. The baseline, the gate overrides and
 * the environment types are the engine's (its grammar, its rules, its installed environments); every error names the
 * option and what is accepted, so the build log says what to fix.
 *
 * @param vnfbr         workspace-relative VNF-BR (YAML or JSON)
 * @param mode          benchmarking (produce profiles only) or verification (also run the gate)
 * @param baseline      how the baseline is chosen among earlier builds (verification only)
 * @param gate          gate overrides; empty parts keep the VNF-BR's own gate settings
 * @param failOn        the build result a regression sets
 * @param environment   environment override; empty = the VNF-BR's orchestrator type
 * @param output        workspace-relative directory the run writes to
 * @param resume        continue an interrupted run from the VNF-BR in {@code output}
 */
public record StepSettings(String vnfbr, Mode mode, BaselinePolicy baseline, GateOverrides gate, FailOn failOn,
                           EnvironmentOverride environment, String output, boolean resume) {

    public static final String DEFAULT_OUTPUT = "vnfbench-out";

    public enum Mode {
        BENCHMARKING,
        VERIFICATION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The build result a REGRESSION sets. ERROR (a Test × metric the gate could not evaluate because the run failed
     * there) fails the build; INCONCLUSIVE marks it unstable (too few or too noisy samples are never a silent pass);
     * PASS, IMPROVEMENT, NO_BASELINE (first build) and a run that was not gated (null) leave it alone.
     */
    public enum FailOn {
        FAILURE,
        UNSTABLE;

        Result resultFor(@CheckForNull Verdict verdict) {
            return verdict == null ? Result.SUCCESS : switch (verdict) {
                case REGRESSION -> this == UNSTABLE ? Result.UNSTABLE : Result.FAILURE;
                case ERROR -> Result.FAILURE;
                case INCONCLUSIVE -> Result.UNSTABLE;
                default -> Result.SUCCESS;
            };
        }

        /** The line the build log and the stage warning show for a result worse than SUCCESS. */
        static String reason(@CheckForNull Verdict verdict, int failedTests) {
            return verdict == null ? "performance gate: " + BenchmarkSummary.NOT_GATED : switch (verdict) {
                case REGRESSION -> "performance regression in " + failedTests + " test(s)";
                case ERROR -> "the gate could not evaluate " + failedTests + " test(s)";
                case INCONCLUSIVE -> "performance gate inconclusive: too few or too noisy samples";
                default -> "performance gate: " + verdict;
            };
        }
    }

    /**
     * Where the scenario is deployed, when the step overrides the VNF-BR's orchestrator.
     *
     * @param type            empty (keep the VNF-BR's) or an installed environment type ({@code local}, {@code kubernetes})
     * @param credentialsId   Jenkins file credential holding a kubeconfig (kubernetes only); empty = the agent's own
     * @param namespace       fixed namespace for the run (kubernetes only); empty = one namespace per Test
     * @param namespacePrefix prefix of per-Test namespaces (kubernetes only, global configuration); empty = default
     * @param context         kubeconfig context (kubernetes only); empty = current context
     */
    public record EnvironmentOverride(String type, String credentialsId, String namespace, String namespacePrefix,
                                      String context) {
        public EnvironmentOverride {
            type = type.trim().toLowerCase(Locale.ROOT);
            credentialsId = credentialsId.trim();
            namespace = namespace.trim();
            namespacePrefix = namespacePrefix.trim();
            context = context.trim();
            if (!type.equals("kubernetes") && !(credentialsId.isEmpty() && namespace.isEmpty() && context.isEmpty())) {
                throw new IllegalArgumentException(
                        "credentialsId, namespace and context apply only with environment: 'kubernetes'");
            }
        }

        public Optional<String> credentials() {
            return credentialsId.isEmpty() ? Optional.empty() : Optional.of(credentialsId);
        }
    }

    public StepSettings {
        output = output == null || output.isBlank() ? DEFAULT_OUTPUT : output.trim();
    }

    /**
     * Validates the step's raw options, filling what the step leaves empty from the global configuration.
     *
     * @param environmentTypes the orchestrator types of the installed environments
     */
    public static StepSettings of(VnfBenchmarkStep step, Defaults defaults, Set<String> environmentTypes) {
        if (blankToEmpty(step.getVnfbr()).isEmpty()) {
            throw new IllegalArgumentException("vnfbr is required: the workspace-relative path of the VNF-BR (YAML or JSON)");
        }
        String envType = firstNonBlank(step.getEnvironment(), defaults.environment()).toLowerCase(Locale.ROOT);
        if (!envType.isEmpty() && !environmentTypes.contains(envType)) {
            throw new IllegalArgumentException("environment '" + envType + "' is not one of: "
                    + String.join(", ", environmentTypes.stream().sorted().toList()));
        }
        boolean kube = envType.equals("kubernetes");
        EnvironmentOverride env = new EnvironmentOverride(envType,
                firstNonBlank(step.getCredentialsId(), kube ? defaults.credentialsId() : ""),
                blankToEmpty(step.getNamespace()), kube ? defaults.namespacePrefix() : "", blankToEmpty(step.getContext()));
        GateOverrides gate = new GateOverrides(splitList(step.getMetrics()), step.getTolerance(), step.getConfidence(),
                step.getMinSamples(), null).withInterleave(step.getInterleave());
        return new StepSettings(blankToEmpty(step.getVnfbr()), parse(Mode.class, "mode", step.getMode()),
                BaselinePolicy.parse(step.getBaseline()), gate, parse(FailOn.class, "failOn", step.getFailOn()), env,
                step.getOutput(), step.isResume());
    }

    /**
     * Global defaults (from the Jenkins system configuration).
     *
     * @param environment      default environment type, or empty
     * @param credentialsId    default kubeconfig credential, or empty
     * @param namespacePrefix  prefix for run namespaces, or empty
     */
    public record Defaults(String environment, String credentialsId, String namespacePrefix) {
        public static final Defaults NONE = new Defaults("", "", "");
    }

    static List<String> splitList(@CheckForNull String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String part : s.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static String firstNonBlank(@CheckForNull String a, @CheckForNull String b) {
        return a != null && !a.isBlank() ? a.trim() : blankToEmpty(b);
    }

    private static String blankToEmpty(@CheckForNull String s) {
        return s == null ? "" : s.trim();
    }

    /** A step option naming an enum constant, case-insensitively (the step's setters fill in the defaults). */
    private static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " '" + value + "' is not one of: " + String.join(", ",
                Arrays.stream(type.getEnumConstants())
                        .map(e -> type == Mode.class ? ((Mode) e).id() : e.name()).toList()));
    }
}
