package io.vnfbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.Planned;
import io.vnfbench.engine.session.RunRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vnfbench plan FILE}: the instances a VNF-BR expands into, with test keys, values and status. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Expands a VNF-BR's variables all-by-all and lists the instances (planned, or skipped with the"
                + " constraint that skips them) and the Tests and Trials a run would take.",
        footer = ExitCode.HELP)
final class PlanCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "the VNF-BR (JSON or YAML)")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = "--limit", paramLabel = "N", description = "most instances allowed (default: ${DEFAULT-VALUE})")
    long limit = RunRequest.DEFAULT_LIMIT;

    @Option(names = "--manifests", description = "print, as YAML, the Kubernetes objects Test 1 of every planned"
            + " instance would apply (kubernetes environment; no cluster needed)")
    boolean manifests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        Planned plan;
        try {
            plan = Benchmarks.installed().plan(file, limit);
        } catch (InvalidInputException e) {
            return Diagnostics.invalid(err, e);
        }
        Diagnostics.warnings(err, plan.warnings());
        PrintWriter out = spec.commandLine().getOut();
        if (manifests) {
            return manifests(plan.document(), plan, out, err);
        }
        if (format == Format.json) {
            json(plan, out);
        } else {
            text(plan, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void text(Planned plan, PrintWriter out) {
        int keyWidth = "TEST KEY".length();
        for (Planned.Instance i : plan.instances()) {
            keyWidth = Math.max(keyWidth, i.testKey().length());
            if (keyWidth > 100) {
                break;
            }
        }
        String row = "%-6s %-8s %-" + keyWidth + "s %s%n";
        out.printf(row, "ID", "STATUS", "TEST KEY", "REASON");
        for (Planned.Instance i : plan.instances()) {
            out.printf(row, i.id(), status(i), i.testKey(), i.reason().orElse(""));
        }
        Planned.Totals t = plan.totals();
        out.printf("%ninstances: %d, planned: %d, skipped: %d, tests: %d, trials: %d%n",
                t.instances(), t.planned(), t.skipped(), t.tests(), t.trials());
    }

    private static void json(Planned plan, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeArrayFieldStart("instances");
        for (Planned.Instance i : plan.instances()) {
            g.writeStartObject();
            g.writeStringField("id", i.id());
            g.writeStringField("key", i.testKey());
            g.writeObjectFieldStart("variables");
            for (Map.Entry<String, String> e : i.variables().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("status", status(i));
            if (i.reason().isPresent()) {
                g.writeStringField("reason", i.reason().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        Planned.Totals t = plan.totals();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("instances", t.instances());
        g.writeNumberField("planned", t.planned());
        g.writeNumberField("skipped", t.skipped());
        g.writeNumberField("tests", t.tests());
        g.writeNumberField("trials", t.trials());
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
        out.println();
    }

    private static Integer manifests(VnfBr br, Planned plan, PrintWriter out, PrintWriter err) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        if (br.environment() != null && br.environment().orchestrator() != null) {
            br.environment().orchestrator().parameters().forEach(p -> parameters.put(p.input(), p.value()));
            String type = br.environment().orchestrator().type();
            if (type != null && !type.equals("kubernetes")) {
                err.println("warning: environment.orchestrator.type is '" + type + "'; showing what the kubernetes"
                        + " environment would apply");
            }
        }
        try {
            for (Planned.Instance i : plan.instances()) {
                if (!i.skipped()) {
                    out.print(io.vnfbench.kubernetes.DryRun.manifests(parameters, i.id(), i.testKey(), 1, i.vnfbd()));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String status(Planned.Instance i) {
        return i.skipped() ? "skipped" : "planned";
    }
}
