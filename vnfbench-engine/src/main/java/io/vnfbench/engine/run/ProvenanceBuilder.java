package io.vnfbench.engine.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Provenance;
import io.vnfbench.engine.model.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the provenance of one instance's profile while it runs; continues an earlier one when resuming. */
final class ProvenanceBuilder {
    /** Bounds the commands list: a long run of a tool with changing arguments must not grow the profile without end. */
    static final int MAX_COMMANDS = 200;

    private final Provenance.ProvenanceHost host;
    private final String environment;
    private final String start;
    @CheckForNull
    private String stop;
    private final Map<String, Provenance.ToolVersion> tools = new LinkedHashMap<>();
    private final Set<String> commands = new LinkedHashSet<>();
    private final Map<String, Provenance.Fact> facts = new LinkedHashMap<>();
    private final Map<String, Provenance.Retry> retries = new LinkedHashMap<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    ProvenanceBuilder(@CheckForNull Provenance previous, Provenance.ProvenanceHost host, @CheckForNull String environment, Instant now) {
        this.host = host;
        this.environment = environment;
        String earlierStart = previous == null || previous.timestamp() == null ? null : previous.timestamp().start();
        this.start = earlierStart != null ? earlierStart : now.toString();
        if (previous != null) {
            previous.tools().forEach(t -> tools.put(t.id(), t));
            commands.addAll(previous.commands());
            previous.facts().forEach(f -> facts.put(f.name(), f));
            previous.retries().forEach(r -> retries.put(r.id(), r));
            warnings.addAll(previous.warnings());
        }
    }

    void deployment(int test, Map<String, String> deploymentFacts, List<String> deploymentWarnings) {
        deploymentFacts.forEach((name, value) -> {
            String key = "test." + test + "." + name;
            facts.put(key, new Provenance.Fact(key, value));
            if (name.endsWith(".command")) {
                command(value);
            }
        });
        deploymentWarnings.forEach(w -> warnings.add("Test " + test + ": " + w));
    }

    void evaluation(Evaluation evaluation) {
        if (evaluation.source() == null) {
            return;
        }
        String id = evaluation.source().type() + "/" + evaluation.source().name();
        Provenance.ToolVersion known = tools.get(id);
        if (known == null || (known.version() == null && evaluation.source().version() != null)) {
            tools.put(id, new Provenance.ToolVersion(id, evaluation.source().type(), evaluation.source().name(),
                    evaluation.source().version()));
        }
        command(evaluation.source().call());
    }

    void retry(int test, int attempt, String operation, String error) {
        String id = "test-" + test + "-attempt-" + attempt;
        retries.put(id, new Provenance.Retry(id, (long) test, (long) attempt, operation, error));
    }

    void warning(String warning) {
        warnings.add(warning);
    }

    void stop(Instant now) {
        stop = now.toString();
    }

    private void command(String call) {
        if (call != null && commands.size() < MAX_COMMANDS) {
            commands.add(call);
        }
    }

    Provenance build() {
        return new Provenance(new Timestamps(start, stop), host, environment, new ArrayList<>(tools.values()),
                new ArrayList<>(commands), new ArrayList<>(facts.values()), new ArrayList<>(retries.values()),
                new ArrayList<>(warnings));
    }
}
