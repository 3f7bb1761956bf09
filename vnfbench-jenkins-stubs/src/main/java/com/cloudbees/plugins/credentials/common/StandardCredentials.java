package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in. Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java
 * @2daaf47d (the real interface carries {@code @Recommended} and {@code @NameWith}).
 */
public interface StandardCredentials extends IdCredentials {
    @NonNull
    String getDescription();
}
