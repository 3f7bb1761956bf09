package io.vnfbench.jenkins;

import hudson.AbortException;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The glue's only door into the engine packages. Everything here is a call into the engine plus the translation of its
 * exceptions into Jenkins' (AbortException carries the engine's message to the build log without a stack trace, and
 * keeps engine exception types off the remoting channel).
 */
final class EngineAdapter implements Engine {

    static final EngineAdapter INSTANCE = new EngineAdapter();

    private EngineAdapter() {
    }

    static String writeRequest(AgentRequest request) {
        return Documents.writeJson(request);
    }

    static AgentRequest readRequest(String json) throws IOException {
        try {
            return Documents.read("vnfBenchmark request", json, AgentRequest.class).value();
        } catch (DocumentException e) {
            throw new AbortException("vnfBenchmark request: " + e.getMessage());
        }
    }

    static String runOnAgent(AgentRequest request, Path workspace, Consumer<String> progress) throws IOException, InterruptedException {
        throw new AbortException("not wired");
    }

    @Override
    public GateReport evaluate(Path vnfbr, Evaluation evaluation, Path dir) throws IOException {
        throw new AbortException("not wired");
    }

    @Override
    public List<VerdictRow> readRows(Path dir) throws IOException {
        throw new AbortException("not wired");
    }

    @Override
    public List<String> trendMetrics(List<Path> summaries) throws IOException {
        throw new AbortException("not wired");
    }

    @Override
    public byte[] trendPng(List<Path> summaries, String metric, int width, int height) throws IOException {
        throw new AbortException("not wired");
    }
}
