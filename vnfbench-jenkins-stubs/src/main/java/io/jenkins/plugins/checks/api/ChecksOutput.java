package io.jenkins.plugins.checks.api;

import java.util.Optional;

/**
 * Stand-in. Source: jenkinsci/checks-api-plugin src/main/java/io/jenkins/plugins/checks/api/ChecksOutput.java @93970793. Annotations, images and the TruncatedString overloads are omitted.
 */
public class ChecksOutput {

    private final String title;
    private final String summary;
    private final String text;

    private ChecksOutput(final String title, final String summary, final String text) {
        this.title = title;
        this.summary = summary;
        this.text = text;
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    public Optional<String> getSummary() {
        return Optional.ofNullable(summary);
    }

    public Optional<String> getText() {
        return Optional.ofNullable(text);
    }

    public static class ChecksOutputBuilder {
        private String title;
        private String summary;
        private String text;

        public ChecksOutputBuilder() {
        }

        public ChecksOutputBuilder withTitle(final String title) {
            this.title = title;
            return this;
        }

        public ChecksOutputBuilder withSummary(final String summary) {
            this.summary = summary;
            return this;
        }

        public ChecksOutputBuilder withText(final String text) {
            this.text = text;
            return this;
        }

        public ChecksOutput build() {
            return new ChecksOutput(title, summary, text);
        }
    }
}
