package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodCommandsTest {

    static final String MARKER = "run1/dep/tg/1/3";

    @Test
    void shouldExtractTheFramedOutputAndExitCode() {
        // given: stderr first, then the framed block, then noise from a sidecar
        String log = "warning: x\n" + PodCommands.begin(MARKER) + "\n{\"a\": 1}\n\n" + PodCommands.endPrefix(MARKER)
                + " rc=3==\nnoise\n";

        // when
        PodCommands.Output out = PodCommands.fromLog(log, MARKER).orElseThrow();

        // then
        assertThat(out.stdout()).isEqualTo("{\"a\": 1}\n");
        assertThat(out.exitCode()).isEqualTo(3);
        assertThat(out.stderr()).isEqualTo("warning: x\n");
    }

    @Test
    void shouldRejectATruncatedBlockAndAnotherRunsBlock() {
        assertThat(PodCommands.fromLog(PodCommands.begin(MARKER) + "\n{\"a\":", MARKER)).isEmpty();
        assertThat(PodCommands.fromLog(PodCommands.begin("other") + "\nx\n\n" + PodCommands.endPrefix("other")
                + " rc=0==\n", MARKER)).isEmpty();
    }

    @Test
    void shouldRecogniseTheMockServersPodListAsNotALog() {
        String podList = "{\"apiVersion\":\"v1\",\"items\":[],\"kind\":\"PodList\",\"metadata\":{}}";
        assertThat(PodCommands.fromLog(podList, MARKER)).isEmpty();
        assertThat(PodCommands.looksLikeApiObject(podList)).isTrue();
        assertThat(PodCommands.looksLikeApiObject("{\"end\": {}}")).isFalse();
    }

    @Test
    void shouldUseTheTerminationMessageOnlyWhenTheWholeOutputFitted() {
        assertThat(PodCommands.fromTerminationMessage("rc=0 bytes=5\nhello").orElseThrow().stdout())
                .isEqualTo("hello");
        assertThat(PodCommands.fromTerminationMessage("rc=0 bytes=9000\n...tail")).isEmpty();
        assertThat(PodCommands.exitCodeOf("rc=2 bytes=9000\n...tail")).contains(2);
    }
}
