package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.Targets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InPodToolTest {

    @Test
    void shouldResolveTargetsFromTheEnvironmentAndBindChainEgressLocally() {
        // given
        Map<String, String> env = Map.of(InPodTool.ENDPOINTS, "c1-ingress=sw.sut:10000 c1n1-in=c1n1.sut:10000",
                InPodTool.CHAINS, "1=sw.sut:10000 2=sw.sut:10002");

        // when
        Targets targets = InPodTool.targets(env);

        // then
        assertThat(targets.endpoint("c1n1-in").orElseThrow().toString()).isEqualTo("c1n1.sut:10000");
        assertThat(targets.endpoint("sw:c1-ingress").orElseThrow().port()).isEqualTo(10000);
        assertThat(targets.chains()).hasSize(2);
        assertThat(targets.chains().get(1).egress().toString()).isEqualTo("0.0.0.0:20002");
    }

    @Test
    void shouldRoundTripAResultThroughJson() {
        // given
        ProbeResult original = new ProbeResult(List.of(Measurement.scalar("loss", "%", 0.5),
                Measurement.series("rtt", "ms", List.of(Measurement.Point.of(0, 1.5), Measurement.Point.of(1, 2)))),
                "udp rate=1", "1.0", Instant.EPOCH, Instant.EPOCH, "partial: chain 2 silent");

        // when
        ProbeResult back = InPodTool.parse(InPodTool.json(original), "x", Instant.EPOCH,
                Instant.EPOCH);

        // then
        assertThat(back.metrics()).isEqualTo(original.metrics());
        assertThat(back.error()).isEqualTo("partial: chain 2 silent");
        assertThat(back.call()).isEqualTo("udp rate=1");
    }
}
