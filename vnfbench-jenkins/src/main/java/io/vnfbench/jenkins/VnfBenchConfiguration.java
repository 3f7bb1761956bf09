package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * System-wide defaults for vnfBenchmark (Manage Jenkins → System → vnfbench). Plain properties with
 * {@code @DataBoundSetter}s, so Configuration as Code reads and writes them as {@code unclassified: vnfbench: ...}.
 */
@Extension
@Symbol("vnfbench")
public class VnfBenchConfiguration extends GlobalConfiguration {

    public static final int DEFAULT_HISTORY_LENGTH = 30;
    public static final int MAX_HISTORY_LENGTH = 500;
    public static final int DEFAULT_TEARDOWN_TIMEOUT_SECONDS = 300;

    private @CheckForNull String defaultEnvironment;
    private @CheckForNull String credentialsId;
    private @CheckForNull String namespacePrefix = "vnfbench";
    private int historyLength = DEFAULT_HISTORY_LENGTH;
    private int teardownTimeoutSeconds = DEFAULT_TEARDOWN_TIMEOUT_SECONDS;

    public VnfBenchConfiguration() {
        load();
    }

    public static @NonNull VnfBenchConfiguration get() {
        return ExtensionList.lookupSingleton(VnfBenchConfiguration.class);
    }

    StepSettings.Defaults defaults() {
        return new StepSettings.Defaults(nullToEmpty(defaultEnvironment), nullToEmpty(credentialsId), nullToEmpty(namespacePrefix));
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return "vnfbench";
    }

    public @CheckForNull String getDefaultEnvironment() {
        return defaultEnvironment;
    }

    @DataBoundSetter
    public void setDefaultEnvironment(@CheckForNull String defaultEnvironment) {
        this.defaultEnvironment = blankToNull(defaultEnvironment);
        save();
    }

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = blankToNull(credentialsId);
        save();
    }

    public @CheckForNull String getNamespacePrefix() {
        return namespacePrefix;
    }

    @DataBoundSetter
    public void setNamespacePrefix(@CheckForNull String namespacePrefix) {
        this.namespacePrefix = blankToNull(namespacePrefix);
        save();
    }

    public int getHistoryLength() {
        return historyLength;
    }

    @DataBoundSetter
    public void setHistoryLength(int historyLength) {
        this.historyLength = clampHistory(historyLength);
        save();
    }

    public int getTeardownTimeoutSeconds() {
        return teardownTimeoutSeconds;
    }

    @DataBoundSetter
    public void setTeardownTimeoutSeconds(int teardownTimeoutSeconds) {
        this.teardownTimeoutSeconds = teardownTimeoutSeconds > 0 ? teardownTimeoutSeconds : DEFAULT_TEARDOWN_TIMEOUT_SECONDS;
        save();
    }

    public ListBoxModel doFillDefaultEnvironmentItems() {
        return VnfBenchmarkStep.DescriptorImpl.environments("as each VNF-BR says");
    }

    @POST
    public FormValidation doCheckHistoryLength(@QueryParameter int value) {
        return value >= 1 && value <= MAX_HISTORY_LENGTH
                ? FormValidation.ok()
                : FormValidation.error("Between 1 and " + MAX_HISTORY_LENGTH + " builds");
    }

    static int clampHistory(int n) {
        return n < 1 ? DEFAULT_HISTORY_LENGTH : Math.min(n, MAX_HISTORY_LENGTH);
    }

    private static @CheckForNull String blankToNull(@CheckForNull String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(@CheckForNull String s) {
        return s == null ? "" : s;
    }
}
