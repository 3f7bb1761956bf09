package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Prober} and {@link Listener} keeps. Implementations extend it with a concrete test
 * ({@code class UdpProberTest extends ToolContractTest}) and add their own tests.
 */
public abstract class ToolContractTest {
    /** Generous limit for "returns promptly": the contract is about stopping, not about speed. */
    protected static final Duration PROMPTLY = Duration.ofSeconds(15);

    private final ProcessCommandRunner commands = new ProcessCommandRunner();

    /** The tool under test. */
    protected abstract Tool tool();

    /** Parameters for one short, successful run against {@link #targets()}. */
    protected abstract Map<String, String> validParameters();

    /** Parameters that make the tool run for much longer than a few seconds unless stopped. */
    protected abstract Map<String, String> longRunningParameters();

    /** The addresses the tool runs against; override when the tool needs a deployed target. */
    protected Targets targets() {
        return Targets.none();
    }

    /** Scheduled duration handed to the tool, null when none. */
    protected Duration scheduledDuration() {
        return null;
    }

    @AfterEach
    void closeCommands() {
        commands.close();
    }

    protected ToolContext context(Map<String, String> parameters, Duration bound, CancellationToken token) {
        return new ToolContext("1", "contract-host", tool().withDefaults(parameters), scheduledDuration(), bound, 1, 1,
                targets(), commands, token, Clock.systemUTC());
    }

    @Test
    void shouldHaveAStableNameAndUniqueParameterNames() {
        Tool tool = tool();

        Set<String> names = new HashSet<>();
        List<String> duplicates = tool.parameters().stream().map(ParameterSpec::name).filter(n -> !names.add(n)).toList();

        assertThat(tool.name()).isNotBlank().isEqualTo(tool().name()).doesNotContainAnyWhitespaces();
        assertThat(duplicates).isEmpty();
    }

    @Test
    void shouldAcceptItsValidParameters() {
        assertThat(tool().validate(validParameters())).isEmpty();
        assertThat(tool().validate(longRunningParameters())).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownParameterNamingIt() {
        Map<String, String> parameters = new HashMap<>(validParameters());
        parameters.put("no_such_parameter_xyz", "1");

        List<String> problems = tool().validate(parameters);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("no_such_parameter_xyz"));
    }

    @Test
    void shouldRunOnceAndReportItsCallAndTimes() throws Exception {
        CancellationToken token = new CancellationToken();

        ProbeResult result = tool().run(context(validParameters(), Duration.ofSeconds(60), token));

        assertThat(result.call()).isNotBlank();
        assertThat(result.stop()).isAfterOrEqualTo(result.start());
        if (result.error() == null) {
            assertThat(result.metrics()).isNotEmpty();
        }
    }

    @Test
    void shouldReturnAnErrorAtOnceWhenAlreadyCancelled() throws Exception {
        CancellationToken token = new CancellationToken();
        token.cancel("cancelled by the contract test");

        ProbeResult result = runBounded(longRunningParameters(), Duration.ofMinutes(5), token);

        assertThat(result.error()).isNotNull();
    }

    @Test
    void shouldStopWhenCancelledWhileRunning() throws Exception {
        CancellationToken token = new CancellationToken();
        CompletableFuture<ProbeResult> running = CompletableFuture.supplyAsync(
                () -> runUnchecked(longRunningParameters(), Duration.ofMinutes(5), token));

        token.cancel("cancelled by the contract test");

        ProbeResult result = running.get(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(result.error()).isNotNull();
    }

    @Test
    void shouldStopAtItsBoundWithAnError() throws Exception {
        ProbeResult result = runBounded(longRunningParameters(), Duration.ofMillis(500), new CancellationToken());

        assertThat(result.error()).isNotNull();
    }

    @Test
    void shouldLeaveNoChildProcessBehind() throws Exception {
        Set<Long> before = descendants();

        runBounded(validParameters(), Duration.ofSeconds(60), new CancellationToken());
        runBounded(longRunningParameters(), Duration.ofMillis(500), new CancellationToken());

        assertThat(awaitNoNewDescendants(before)).isEmpty();
    }

    private ProbeResult runBounded(Map<String, String> parameters, Duration bound, CancellationToken token)
            throws Exception {
        return CompletableFuture.supplyAsync(() -> runUnchecked(parameters, bound, token))
                .get(bound.plus(PROMPTLY).toMillis(), TimeUnit.MILLISECONDS);
    }

    private ProbeResult runUnchecked(Map<String, String> parameters, Duration bound, CancellationToken token) {
        try {
            return tool().run(context(parameters, bound, token));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Set<Long> descendants() {
        Set<Long> pids = new HashSet<>();
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** New descendants still alive after a bounded wait for them to go. */
    static Set<Long> awaitNoNewDescendants(Set<Long> before) throws InterruptedException {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        Set<Long> extra;
        do {
            extra = descendants();
            extra.removeAll(before);
            if (extra.isEmpty()) {
                return extra;
            }
            new CancellationToken().sleep(Duration.ofMillis(50));
        } while (System.nanoTime() < deadline);
        return extra;
    }
}
