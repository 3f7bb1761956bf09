package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/**
 * Stand-in. Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/Credentials.java @2daaf47d.
 * The real interface also extends Describable&lt;Credentials&gt; and ExtensionPoint and has getScope()/getDescriptor(); omitted.
 */
public interface Credentials extends Serializable {
}
