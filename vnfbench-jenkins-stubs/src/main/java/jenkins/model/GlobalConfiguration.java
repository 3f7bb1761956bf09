package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/jenkins/model/GlobalConfiguration.java (stored at 02031a91; unchanged in
 * 2.541.3). The real constructor passes {@code self()}; the static {@code all()} (needs Jenkins) is omitted.
 * The default {@code configure(StaplerRequest2, JSONObject)} binds the form to the {@code @DataBoundSetter}s.
 */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements ExtensionPoint, Describable<GlobalConfiguration> {

    protected GlobalConfiguration() {
        super();
    }

    @Override
    public final Descriptor<GlobalConfiguration> getDescriptor() {
        return this;
    }
}
