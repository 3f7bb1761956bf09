package io.vnfbench.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.AbortException;
import hudson.model.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/** Resolves the kubeconfig credential of a Kubernetes run: a Jenkins "secret file" credential, looked up as the build. */
interface Kubeconfigs {

    String read(String credentialsId, Run<?, ?> run) throws IOException;

    Kubeconfigs FROM_CREDENTIALS = (id, run) -> {
        FileCredentials c = CredentialsProvider.findCredentialById(id, FileCredentials.class, run);
        if (c == null) {
            throw new AbortException("credentialsId '" + id + "': no secret file credential with this id is visible to this build");
        }
        try (InputStream in = c.getContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    };
}
