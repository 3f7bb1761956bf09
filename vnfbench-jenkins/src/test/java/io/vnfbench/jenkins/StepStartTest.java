package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.ExtensionList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Step.start} as Pipeline calls it: options are checked before anything runs, and a wrong one is a one-line abort. */
class StepStartTest {

    private final VnfBenchConfiguration config = new VnfBenchConfiguration();

    @BeforeEach
    void register() {
        ExtensionList.lookup(VnfBenchConfiguration.class).add(config);
    }

    @AfterEach
    void unregister() {
        ExtensionList.lookup(VnfBenchConfiguration.class).remove(config);
    }

    @Test
    void shouldAbortWithOneLineNamingTheOption() {
        // given
        VnfBenchmarkStep step = new VnfBenchmarkStep("bench/vnf-br.yaml");
        step.setBaseline("latest");

        // when / then
        assertThatThrownBy(() -> step.start(new Fakes.Context()))
                .isExactlyInstanceOf(AbortException.class)
                .hasMessage("vnfBenchmark: baseline 'latest' is not one of: last, median:N, pinned:ID, file:PATH, targetBranch")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void shouldAbortOnEveryInvalidOption() {
        assertThatThrownBy(() -> start(s -> s.setMode("dimensioning"))).isExactlyInstanceOf(AbortException.class)
                .hasMessage("vnfBenchmark: mode 'dimensioning' is not one of: benchmarking, verification");
        assertThatThrownBy(() -> start(s -> s.setTolerance(5.0))).isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("vnfBenchmark: tolerance").hasMessageContaining("5.0");
        assertThatThrownBy(() -> start(s -> s.setEnvironment("openstack"))).isExactlyInstanceOf(AbortException.class)
                .hasMessage("vnfBenchmark: environment 'openstack' is not one of: " + StepBindingTest.installedTypes());
        assertThatThrownBy(() -> new VnfBenchmarkStep(null).start(new Fakes.Context())).isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("vnfBenchmark: vnfbr is required");
    }

    @Test
    void shouldStartWithValidOptions() throws Exception {
        // when
        Object exec = new VnfBenchmarkStep("bench/vnf-br.yaml").start(new Fakes.Context());

        // then
        assertThat(exec).isInstanceOf(BenchmarkExecution.class);
        assertThat(((BenchmarkExecution) exec).getStatus()).isEqualTo("benchmarking bench/vnf-br.yaml");
    }

    private void start(java.util.function.Consumer<VnfBenchmarkStep> options) throws Exception {
        VnfBenchmarkStep step = new VnfBenchmarkStep("bench/vnf-br.yaml");
        options.accept(step);
        step.start(new Fakes.Context());
    }
}
