package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/** Stand-in. Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java @2daaf47d. */
public class DomainRequirement implements Serializable {

    private static final long serialVersionUID = 1L;

    public DomainRequirement() {
    }
}
