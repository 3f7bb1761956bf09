package io.vnfbench.engine.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CancelledException;
import io.vnfbench.engine.probe.NoopProber;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ExecutionEnvironmentProvider} keeps; implementations extend it with a concrete test
 * ({@code class LocalEnvironmentContractTest extends ExecutionEnvironmentContractTest}).
 */
public abstract class ExecutionEnvironmentContractTest {
    protected static final Duration BOUND = Duration.ofSeconds(60);

    private ExecutionEnvironment environment;

    /** The provider under test. */
    protected abstract ExecutionEnvironmentProvider provider();

    /** An instance's VNF-BD (chains expanded) that the environment can deploy here. */
    protected abstract VnfBd deployableVnfBd();

    /** The VNF-BR's orchestrator parameters for the environment. */
    protected Map<String, String> parameters() {
        return Map.of();
    }

    /** Tools registered for the run; the contract's invocation uses the no-op prober. */
    protected ProbeRegistry tools() {
        return ProbeRegistry.of(List.of(new NoopProber()));
    }

    @BeforeEach
    void createEnvironment() throws Exception {
        environment = provider().create(new EnvironmentSettings(parameters(), tools(), Clock.systemUTC()));
    }

    @AfterEach
    void closeEnvironment() {
        environment.close();
    }

    private DeploymentRequest request(int test) {
        return new DeploymentRequest("contract", "contract=1", test, deployableVnfBd(), BOUND);
    }

    @Test
    void shouldServeTheTypeItIsRegisteredFor() {
        assertThat(environment.type()).isEqualTo(provider().type()).isNotBlank();
        assertThat(provider().description()).isNotBlank();
    }

    @Test
    void shouldDeployRunAToolAndTearDownIdempotently() throws Exception {
        Deployment deployment = environment.deploy(request(1), new CancellationToken());
        try {
            assertThat(deployment.id()).isNotBlank();
            assertThat(deployment.warnings()).isNotNull();
            assertThat(deployment.facts()).isNotNull();

            ProbeResult result = deployment.invoke(new ToolInvocation(ToolKind.PROBER, NoopProber.NAME, "1", "contract",
                    Map.of("value", "5"), null, Duration.ofSeconds(30), 1, 1, new CancellationToken()));

            assertThat(result.error()).isNull();
            assertThat(result.metric("noop")).isPresent();
        } finally {
            deployment.close();
            deployment.close();
        }
    }

    @Test
    void shouldGiveEachTestItsOwnDeployment() throws Exception {
        try (Deployment first = environment.deploy(request(1), new CancellationToken());
             Deployment second = environment.deploy(request(2), new CancellationToken())) {
            assertThat(first.id()).isNotEqualTo(second.id());
        }
    }

    @Test
    void shouldNotDeployWhenAlreadyCancelled() {
        CancellationToken token = new CancellationToken();
        token.cancel("cancelled by the contract test");

        assertThatThrownBy(() -> environment.deploy(request(1), token).close())
                .isInstanceOfAny(CancelledException.class, DeploymentException.class);
    }

    @Test
    void shouldLeaveNoChildProcessAfterTeardown() throws Exception {
        Set<Long> before = descendants();

        environment.deploy(request(1), new CancellationToken()).close();
        environment.close();

        long deadline = System.nanoTime() + BOUND.toNanos();
        Set<Long> extra;
        do {
            extra = descendants();
            extra.removeAll(before);
        } while (!extra.isEmpty() && System.nanoTime() < deadline
                && new CancellationToken().sleep(Duration.ofMillis(50)));
        assertThat(extra).isEmpty();
    }

    private static Set<Long> descendants() {
        Set<Long> pids = new HashSet<>();
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(p -> pids.add(p.pid()));
        return pids;
    }
}
