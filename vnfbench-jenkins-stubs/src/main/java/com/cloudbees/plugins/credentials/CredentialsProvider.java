package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;

/**
 * Stand-in. Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java @2daaf47d
 * (findCredentialById(String, Class, Run, DomainRequirement...) "@since 1.16"; the newest source marks it deprecated in favour of a
 * List overload and adds a three-argument overload, so a call without requirements compiles against both).
 * The real class extends Descriptor&lt;CredentialsProvider&gt; and implements ExtensionPoint and Describable; omitted.
 */
public abstract class CredentialsProvider {

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type,
            @NonNull Run<?, ?> run, DomainRequirement... domainRequirements) {
        throw new UnsupportedOperationException("stand-in: credentials live in Jenkins");
    }
}
