package io.vnfbench.kubernetes;

import io.vnfbench.engine.probe.CommandResult;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ParameterSpec;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.Prober;
import io.vnfbench.engine.probe.ToolContext;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A prober that, like the engine's iperf3 adapter, runs a command through the environment and parses stdout. */
public final class FakeIperf implements Prober {

    private static final Pattern BPS = Pattern.compile("\"bps\"\\s*:\\s*(\\d+)");

    @Override
    public String name() {
        return "fake-iperf";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("target", "connection point to send to"));
    }

    @Override
    public ProbeResult run(ToolContext context) {
        var start = context.clock().instant();
        Endpoint target = context.targets().endpoint(context.parameters().get("target")).orElseThrow();
        List<String> argv = List.of("iperf3", "-c", target.host(), "-p", Integer.toString(target.port()), "-J");
        CommandResult r;
        try {
            r = context.commands().run(argv, context.bound(), context.token());
        } catch (IOException e) {
            return ProbeResult.failed(e.getMessage(), String.join(" ", argv), null, start, context.clock().instant());
        }
        if (!r.succeeded()) {
            return ProbeResult.failed(r.failureReason(), r.call(), null, start, r.stop());
        }
        Matcher m = BPS.matcher(r.stdout());
        if (!m.find()) {
            return ProbeResult.failed("no bps in output: " + r.stdout(), r.call(), null, start, r.stop());
        }
        return ProbeResult.ok(List.of(Measurement.scalar("throughput", "bps", Long.parseLong(m.group(1)))), r.call(),
                "3.12", start, r.stop());
    }
}
