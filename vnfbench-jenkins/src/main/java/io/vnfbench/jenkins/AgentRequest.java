package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.vnfbench.engine.model.Interleave;
import io.vnfbench.engine.model.Key;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.session.BaselineSource;
import io.vnfbench.engine.session.GateOverrides;
import io.vnfbench.engine.session.GateRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the controller asks the agent to run. It crosses the remoting channel as a JSON string (written and read by the
 * engine's codec), never as an object, so the agent needs no class of the controller's state.
 *
 * @param vnfbr        workspace-relative VNF-BR to run
 * @param output       workspace-relative output directory
 * @param runId        id of this run (the build's externalizable id), recorded as provenance
 * @param environment  orchestrator type override ({@code local}, {@code kubernetes}) or empty
 * @param namespace    fixed Kubernetes namespace or empty
 * @param namespacePrefix prefix of per-Test Kubernetes namespaces or empty
 * @param context      kubeconfig context override or empty
 * @param kubeconfig   kubeconfig content from a Jenkins credential, or empty; never logged
 * @param resume       continue from the VNF-BR already in {@code output}
 * @param gate         the gate the run consults while it runs (live extra Trials, interleaving), or null
 */
public record AgentRequest(String vnfbr, String output, String runId, String environment, String namespace,
                           String namespacePrefix, String context, String kubeconfig, Boolean resume,
                           @CheckForNull Gate gate) {

    public AgentRequest {
        environment = environment == null ? "" : environment;
        namespace = namespace == null ? "" : namespace;
        namespacePrefix = namespacePrefix == null ? "" : namespacePrefix;
        context = context == null ? "" : context;
        kubeconfig = kubeconfig == null ? "" : kubeconfig;
        resume = Boolean.TRUE.equals(resume);
    }

    /**
     * The gate a verification run needs on the agent while it runs: live extra Trials ask it whether a Test key is
     * still undecided, and an interleaved run needs the versions. The baseline runs the controller chose travel as
     * VNF-BR JSON (part of the request's JSON, never as objects).
     *
     * @param tolerance the step's tolerance override as decimal text (the codec carries decimals as text), or null
     * @param baselines the chosen runs, newest first, as the controller's gate will see them
     * @param pooled    whether they are pooled as a history ({@code median:N})
     */
    public record Gate(List<String> metrics, @CheckForNull String tolerance, @CheckForNull String confidence,
                       @CheckForNull Long minSamples, @CheckForNull String interleave, Boolean pooled, String note,
                       List<BaselineRun> baselines) {

        public Gate {
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
            baselines = baselines == null ? List.of() : List.copyOf(baselines);
            pooled = Boolean.TRUE.equals(pooled);
            note = note == null ? "" : note;
        }

        /** The step's overrides and the baselines the controller chose, their VNF-BRs read as JSON text. */
        static Gate of(GateOverrides gate, BaselineSource chosen) throws IOException {
            List<BaselineRun> runs = new ArrayList<>();
            for (Map.Entry<String, Path> b : chosen.runs().entrySet()) {
                runs.add(new BaselineRun(b.getKey(), Files.readString(b.getValue())));
            }
            Interleave ab = gate.interleave();
            Integer min = gate.minSamples();
            Double tolerance = gate.tolerance();
            Double confidence = gate.confidence();
            return new Gate(gate.metrics(), tolerance == null ? null : tolerance.toString(),
                    confidence == null ? null : confidence.toString(), min == null ? null : min.longValue(),
                    ab == null ? null : ab.variable() + "=" + ab.baseline() + "," + ab.candidate(), chosen.pooled(),
                    chosen.note(), runs);
        }

        /** The gate request on the agent: the same baselines and overrides. */
        GateRequest request() {
            Map<String, String> runs = new LinkedHashMap<>();
            baselines.forEach(b -> runs.put(b.id(), b.vnfbr()));
            return GateRequest.against(BaselineSource.documents(runs, pooled, note)).withOverrides(new GateOverrides(
                    metrics, tolerance == null ? null : Double.valueOf(tolerance),
                    confidence == null ? null : Double.valueOf(confidence),
                    minSamples == null ? null : Math.toIntExact(minSamples), null).withInterleave(interleave));
        }
    }

    /** One baseline run: its id (e.g. {@code #12}) and its VNF-BR as JSON. */
    public record BaselineRun(@Key String id, String vnfbr) {
    }

    /** The request as it crosses the remoting channel. */
    String toJson() {
        return Documents.writeJson(this);
    }

    static AgentRequest fromJson(String json) throws AbortException {
        try {
            return Documents.read("vnfBenchmark request", json, AgentRequest.class).value();
        } catch (DocumentException e) {
            throw new AbortException("vnfBenchmark request: " + e.getMessage());
        }
    }

    /**
     * Workspace-relative directory of this VNF-BR's files. Named after the VNF-BR, not the build, so that a later build
     * with {@code resume: true} finds what an interrupted one wrote (a workspace serves one build at a time).
     */
    public String runDirectory() {
        return output + "/" + safeName(vnfbr);
    }

    /** Workspace-relative file that exists while the engine holds deployed resources (removed after teardown). */
    public String lockFile() {
        return runDirectory() + "/.running";
    }

    /** Workspace-relative output VNF-BR. */
    public String outputVnfbr() {
        return runDirectory() + "/vnf-br.json";
    }

    /** The kubeconfig is a secret: it never appears in toString, hence in no log line or exception. */
    @Override
    public String toString() {
        return "AgentRequest[vnfbr=" + vnfbr + ", output=" + output + ", runId=" + runId + ", environment=" + environment
                + ", namespace=" + namespace + ", namespacePrefix=" + namespacePrefix + ", context=" + context + ", kubeconfig=" + (kubeconfig.isEmpty() ? "" : "****")
                + ", resume=" + resume + "]";
    }

    /** A path as a single safe directory name: {@code bench/vnf-br.yaml} → {@code bench_vnf-br.yaml}. */
    static String safeName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
