package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTokenTest {

    @Test
    void shouldRunCallbacksOnceAndKeepTheFirstReason() {
        CancellationToken token = new CancellationToken();
        AtomicInteger calls = new AtomicInteger();
        token.onCancel(calls::incrementAndGet);

        token.cancel("first");
        token.cancel("second");

        assertThat(calls).hasValue(1);
        assertThat(token.reason()).contains("first");
        assertThatThrownBy(token::throwIfCancelled).isInstanceOf(CancelledException.class).hasMessage("first");
    }

    @Test
    void shouldRunACallbackRegisteredAfterCancellationAtOnce() {
        CancellationToken token = new CancellationToken();
        token.cancel("done");
        AtomicInteger calls = new AtomicInteger();

        token.onCancel(calls::incrementAndGet);

        assertThat(calls).hasValue(1);
    }

    @Test
    void shouldNotRunAnUnregisteredCallback() {
        CancellationToken token = new CancellationToken();
        AtomicInteger calls = new AtomicInteger();
        token.onCancel(calls::incrementAndGet).close();

        token.cancel("done");

        assertThat(calls).hasValue(0);
    }

    @Test
    void shouldCancelChildrenWithTheParentButNotTheParentWithAChild() {
        CancellationToken parent = new CancellationToken();
        CancellationToken first = parent.child();
        CancellationToken second = parent.child();

        first.cancel("timed out");

        assertThat(parent.isCancelled()).isFalse();
        assertThat(second.isCancelled()).isFalse();

        parent.cancel("SIGINT");

        assertThat(second.isCancelled()).isTrue();
        assertThat(second.reason()).contains("SIGINT");
        assertThat(first.reason()).contains("timed out");
    }

    @Test
    void shouldWakeASleeperOnCancellation() throws Exception {
        CancellationToken token = new CancellationToken();
        CompletableFuture<Boolean> sleeper = CompletableFuture.supplyAsync(() -> token.sleep(Duration.ofMinutes(10)));

        token.cancel("stop");

        assertThat(sleeper.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void shouldSleepTheFullTimeWhenNotCancelled() {
        assertThat(new CancellationToken().sleep(Duration.ofMillis(1))).isTrue();
        assertThat(new CancellationToken().sleep(Duration.ZERO)).isTrue();
    }
}
