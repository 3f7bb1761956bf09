package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in. Source: jenkinsci/plain-credentials-plugin src/main/java/org/jenkinsci/plugins/plaincredentials/FileCredentials.java
 * @83f3ca6d (the real interface carries {@code @NameWith(FileCredentials.NameProvider.class)} and a nested NameProvider).
 */
public interface FileCredentials extends StandardCredentials {
    @NonNull
    String getFileName();

    @NonNull
    InputStream getContent() throws IOException;
}
