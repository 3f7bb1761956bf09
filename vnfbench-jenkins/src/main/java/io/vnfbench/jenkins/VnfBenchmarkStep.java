package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.vnfbench.engine.session.BaselinePolicy;
import io.vnfbench.engine.session.Benchmarks;
import java.util.Objects;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code vnfBenchmark vnfbr: 'bench/vnf-br.yaml', mode: 'verification', baseline: 'last'}: runs the VNF-BR on the
 * agent that owns the workspace, gates the profiles against a baseline, and returns a map the Jenkinsfile can branch on.
 * Options are plain strings and numbers so the snippet generator and declarative syntax show them as typed.
 */
public class VnfBenchmarkStep extends Step {

    private static final String FUNCTION = DescriptorImpl.FUNCTION_NAME;

    private final String vnfbr;
    private String mode = "verification";
    private String baseline = BaselinePolicy.DEFAULT;
    private @CheckForNull String metrics;
    private @CheckForNull Double tolerance;
    private @CheckForNull Double confidence;
    private @CheckForNull Integer minSamples;
    private @CheckForNull String interleave;
    private String failOn = "FAILURE";
    private @CheckForNull String environment;
    private @CheckForNull String credentialsId;
    private @CheckForNull String namespace;
    private @CheckForNull String context;
    private String output = StepSettings.DEFAULT_OUTPUT;
    private boolean resume;

    @DataBoundConstructor
    public VnfBenchmarkStep(String vnfbr) {
        this.vnfbr = vnfbr;
    }

    /**
     * Validates the options first: a wrong option ends the step with an {@link AbortException}, which Pipeline prints as
     * one line (any other exception would be printed with its stack trace).
     */
    @Override
    public StepExecution start(StepContext context) throws Exception {
        VnfBenchConfiguration config = VnfBenchConfiguration.get();
        Benchmarks engine = Benchmarks.installed();
        return new BenchmarkExecution(context, settings(config.defaults(), engine.environmentTypes()),
                config.getTeardownTimeoutSeconds(), engine);
    }

    /** The validated options; an invalid one is an {@link AbortException} whose one-line message names it. */
    StepSettings settings(StepSettings.Defaults defaults, Set<String> environmentTypes) throws AbortException {
        try {
            return StepSettings.of(this, defaults, environmentTypes);
        } catch (IllegalArgumentException e) {
            throw new AbortException(FUNCTION + ": " + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
        }
    }

    public String getVnfbr() {
        return vnfbr;
    }

    public String getMode() {
        return mode;
    }

    @DataBoundSetter
    public void setMode(@CheckForNull String mode) {
        this.mode = Objects.requireNonNullElse(emptyToNull(mode), "verification");
    }

    public String getBaseline() {
        return baseline;
    }

    @DataBoundSetter
    public void setBaseline(@CheckForNull String baseline) {
        this.baseline = Objects.requireNonNullElse(emptyToNull(baseline), BaselinePolicy.DEFAULT);
    }

    public @CheckForNull String getMetrics() {
        return metrics;
    }

    @DataBoundSetter
    public void setMetrics(@CheckForNull String metrics) {
        this.metrics = emptyToNull(metrics);
    }

    public @CheckForNull Double getTolerance() {
        return tolerance;
    }

    @DataBoundSetter
    public void setTolerance(@CheckForNull Double tolerance) {
        this.tolerance = tolerance;
    }

    public @CheckForNull Double getConfidence() {
        return confidence;
    }

    @DataBoundSetter
    public void setConfidence(@CheckForNull Double confidence) {
        this.confidence = confidence;
    }

    public @CheckForNull Integer getMinSamples() {
        return minSamples;
    }

    @DataBoundSetter
    public void setMinSamples(@CheckForNull Integer minSamples) {
        this.minSamples = minSamples;
    }

    /** {@code VARIABLE=A,B}: the baseline and candidate versions measured in the same run, A B B A; null: none. */
    public @CheckForNull String getInterleave() {
        return interleave;
    }

    @DataBoundSetter
    public void setInterleave(@CheckForNull String interleave) {
        this.interleave = emptyToNull(interleave);
    }

    public String getFailOn() {
        return failOn;
    }

    @DataBoundSetter
    public void setFailOn(@CheckForNull String failOn) {
        this.failOn = Objects.requireNonNullElse(emptyToNull(failOn), "FAILURE");
    }

    public @CheckForNull String getEnvironment() {
        return environment;
    }

    @DataBoundSetter
    public void setEnvironment(@CheckForNull String environment) {
        this.environment = emptyToNull(environment);
    }

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = emptyToNull(credentialsId);
    }

    public @CheckForNull String getNamespace() {
        return namespace;
    }

    @DataBoundSetter
    public void setNamespace(@CheckForNull String namespace) {
        this.namespace = emptyToNull(namespace);
    }

    public @CheckForNull String getContext() {
        return context;
    }

    @DataBoundSetter
    public void setContext(@CheckForNull String context) {
        this.context = emptyToNull(context);
    }

    public String getOutput() {
        return output;
    }

    @DataBoundSetter
    public void setOutput(@CheckForNull String output) {
        this.output = Objects.requireNonNullElse(emptyToNull(output), StepSettings.DEFAULT_OUTPUT);
    }

    public boolean isResume() {
        return resume;
    }

    @DataBoundSetter
    public void setResume(boolean resume) {
        this.resume = resume;
    }

    private static @CheckForNull String emptyToNull(@CheckForNull String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Extension
    @Symbol("vnfBenchmark")
    public static final class DescriptorImpl extends StepDescriptor {

        public static final String FUNCTION_NAME = "vnfBenchmark";

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class);
        }

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Benchmark a VNF/CNF chain and gate on performance (vnfbench)";
        }

        public ListBoxModel doFillModeItems() {
            ListBoxModel m = new ListBoxModel();
            m.add("verification: run and gate against the baseline", "verification");
            m.add("benchmarking: run and record profiles only", "benchmarking");
            return m;
        }

        public ListBoxModel doFillFailOnItems() {
            ListBoxModel m = new ListBoxModel();
            m.add("FAILURE", "FAILURE");
            m.add("UNSTABLE", "UNSTABLE");
            return m;
        }

        public ListBoxModel doFillEnvironmentItems() {
            return environments("as the VNF-BR says (or the global default)");
        }

        /** The installed environment types, after an entry for none. */
        static ListBoxModel environments(String none) {
            ListBoxModel m = new ListBoxModel();
            m.add(none, "");
            Benchmarks.installed().environmentTypes().stream().sorted().forEach(type -> m.add(type, type));
            return m;
        }

        /** Pure syntax check of the baseline option; reveals nothing about the instance. */
        @POST
        public FormValidation doCheckBaseline(@QueryParameter String value) {
            try {
                BaselinePolicy.parse(value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        @POST
        public FormValidation doCheckVnfbr(@QueryParameter String value) {
            return value == null || value.isBlank()
                    ? FormValidation.error("Required: the workspace-relative path of the VNF-BR (YAML or JSON)")
                    : FormValidation.ok();
        }
    }
}
