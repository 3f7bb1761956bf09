package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.session.BaselinePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepBindingTest {

    @Test
    void shouldDefaultToVerificationAgainstTheLastPassingBuildFailingTheBuild() {
        // given
        VnfBenchmarkStep step = new VnfBenchmarkStep("bench/vnf-br.yaml");

        // when
        StepSettings s = Fakes.settings(step);

        // then
        assertThat(s.vnfbr()).isEqualTo("bench/vnf-br.yaml");
        assertThat(s.mode()).isEqualTo(StepSettings.Mode.VERIFICATION);
        assertThat(s.baseline()).isEqualTo(new BaselinePolicy.Last());
        assertThat(s.failOn()).isEqualTo(StepSettings.FailOn.FAILURE);
        assertThat(s.gate().isEmpty()).isTrue();
        assertThat(s.environment().type()).isEmpty();
        assertThat(s.output()).isEqualTo("vnfbench-out");
        assertThat(s.resume()).isFalse();
    }

    @Test
    void shouldBindEveryOption() {
        // given
        VnfBenchmarkStep step = new VnfBenchmarkStep("vnf-br.json");
        step.setMode("benchmarking");
        step.setBaseline("median:5");
        step.setMetrics("throughput, latency_p99");
        step.setTolerance(0.05);
        step.setConfidence(0.95);
        step.setMinSamples(4);
        step.setFailOn("unstable");
        step.setEnvironment("kubernetes");
        step.setCredentialsId("kubeconfig-lab");
        step.setNamespace("perf");
        step.setContext("lab");
        step.setOutput("out");
        step.setResume(true);

        // when
        StepSettings s = Fakes.settings(step);

        // then
        assertThat(s.mode()).isEqualTo(StepSettings.Mode.BENCHMARKING);
        assertThat(s.baseline()).isEqualTo(new BaselinePolicy.MedianOf(5));
        assertThat(s.gate()).isEqualTo(new io.vnfbench.engine.session.GateOverrides(java.util.List.of("throughput", "latency_p99"), 0.05, 0.95, 4, null));
        assertThat(s.failOn()).isEqualTo(StepSettings.FailOn.UNSTABLE);
        assertThat(s.environment()).isEqualTo(new StepSettings.EnvironmentOverride("kubernetes", "kubeconfig-lab", "perf", "", "lab"));
        assertThat(s.output()).isEqualTo("out");
        assertThat(s.resume()).isTrue();
    }

    @Test
    void shouldTreatBlankSnippetGeneratorFieldsAsUnset() {
        // given: the snippet generator submits empty strings for untouched text fields
        VnfBenchmarkStep step = new VnfBenchmarkStep("vnf-br.json");
        step.setMode("");
        step.setBaseline(" ");
        step.setFailOn("");
        step.setEnvironment("");
        step.setMetrics("");

        // when
        StepSettings s = Fakes.settings(step);

        // then
        assertThat(step.getMode()).isEqualTo("verification");
        assertThat(step.getBaseline()).isEqualTo("last");
        assertThat(step.getEnvironment()).isNull();
        assertThat(s.gate().metrics()).isEmpty();
    }

    @Test
    void shouldApplyGlobalDefaultsOnlyWhereTheStepIsSilent() {
        // given
        StepSettings.Defaults defaults = new StepSettings.Defaults("kubernetes", "global-kubeconfig", "vnfbench");
        VnfBenchmarkStep silent = new VnfBenchmarkStep("a.yaml");
        VnfBenchmarkStep explicit = new VnfBenchmarkStep("a.yaml");
        explicit.setEnvironment("local");

        // when
        StepSettings s1 = StepSettings.of(silent, defaults, Fakes.ENGINE.environmentTypes());
        StepSettings s2 = StepSettings.of(explicit, defaults, Fakes.ENGINE.environmentTypes());

        // then
        assertThat(s1.environment()).isEqualTo(new StepSettings.EnvironmentOverride("kubernetes", "global-kubeconfig", "", "vnfbench", ""));
        assertThat(s2.environment()).isEqualTo(new StepSettings.EnvironmentOverride("local", "", "", "", ""));
    }

    @Test
    void shouldRejectInvalidOptionsWithTheAcceptedValues() {
        assertThatThrownBy(() -> settings(s -> s.setMode("dimensioning"))).hasMessage(
                "mode 'dimensioning' is not one of: benchmarking, verification");
        assertThatThrownBy(() -> settings(s -> s.setFailOn("ABORTED"))).hasMessage("failOn 'ABORTED' is not one of: FAILURE, UNSTABLE");
        assertThatThrownBy(() -> settings(s -> s.setEnvironment("openstack"))).hasMessage("environment 'openstack' is not one of: " + installedTypes());
        assertThatThrownBy(() -> settings(s -> s.setCredentialsId("k"))).hasMessageContaining("only with environment: 'kubernetes'");
        assertThatThrownBy(() -> settings(s -> s.setTolerance(5.0))).hasMessageContaining("fraction");
        assertThatThrownBy(() -> settings(s -> s.setMinSamples(1))).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Fakes.settings(new VnfBenchmarkStep(" "))).hasMessageContaining("vnfbr is required");
    }

    /** The installed environments' types as the error lists them: the engine's registry, not a list of ours. */
    static String installedTypes() {
        List<String> types = Fakes.ENGINE.environmentTypes().stream().sorted().toList();
        assertThat(types).contains("kubernetes", "local");
        return String.join(", ", types);
    }

    private static StepSettings settings(java.util.function.Consumer<VnfBenchmarkStep> options) {
        VnfBenchmarkStep step = new VnfBenchmarkStep("vnf-br.yaml");
        options.accept(step);
        return Fakes.settings(step);
    }
}
