package io.jenkins.plugins.checks.api;

import java.util.Optional;

/**
 * Stand-in. Source: jenkinsci/checks-api-plugin src/main/java/io/jenkins/plugins/checks/api/ChecksDetails.java @93970793. Actions and the started/completed timestamps are omitted.
 */
public class ChecksDetails {

    private final String name;
    private final ChecksStatus status;
    private final String detailsURL;
    private final ChecksConclusion conclusion;
    private final ChecksOutput output;

    private ChecksDetails(final String name, final ChecksStatus status, final String detailsURL,
            final ChecksConclusion conclusion, final ChecksOutput output) {
        this.name = name;
        this.status = status;
        this.detailsURL = detailsURL;
        this.conclusion = conclusion;
        this.output = output;
    }

    public Optional<String> getName() {
        return Optional.ofNullable(name);
    }

    public ChecksStatus getStatus() {
        return status;
    }

    public Optional<String> getDetailsURL() {
        return Optional.ofNullable(detailsURL);
    }

    public ChecksConclusion getConclusion() {
        return conclusion;
    }

    public Optional<ChecksOutput> getOutput() {
        return Optional.ofNullable(output);
    }

    public static class ChecksDetailsBuilder {
        private String name;
        private ChecksStatus status = ChecksStatus.NONE;
        private String detailsURL;
        private ChecksConclusion conclusion = ChecksConclusion.NONE;
        private ChecksOutput output;

        public ChecksDetailsBuilder() {
        }

        public ChecksDetailsBuilder withName(final String name) {
            this.name = name;
            return this;
        }

        public ChecksDetailsBuilder withStatus(final ChecksStatus status) {
            this.status = status;
            return this;
        }

        public ChecksDetailsBuilder withDetailsURL(final String detailsURL) {
            this.detailsURL = detailsURL;
            return this;
        }

        public ChecksDetailsBuilder withConclusion(final ChecksConclusion conclusion) {
            this.conclusion = conclusion;
            return this;
        }

        public ChecksDetailsBuilder withOutput(final ChecksOutput output) {
            this.output = output;
            return this;
        }

        public ChecksDetails build() {
            return new ChecksDetails(name, status, detailsURL, conclusion, output);
        }
    }
}
