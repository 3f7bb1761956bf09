package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.session.RunProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private final StringWriter text = new StringWriter();

    private static RunProgress progress(int done) {
        return new RunProgress(2, 12, "2", "chains=1,nfs=2,topology=snake", 1, 1, 3, 3, done, 36, Duration.ofSeconds(75),
                Duration.ofSeconds(125));
    }

    @Test
    void shouldPrintPlainLinesWithoutColourOffATerminal() {
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text, true), false, true, 100);

        printer.trialFinished(progress(6));
        printer.warning("teardown slow");

        assertThat(text.toString()).isEqualTo("instance 2/12 chains=1,nfs=2,topology=snake  Test 1/1  Trial 3/3  done"
                + "  elapsed 1:15  remaining ~2:05\nwarning: teardown slow\n");
    }

    @Test
    void shouldRedrawABarInPlaceOnATerminal() {
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text, true), true, false, 120);

        printer.trialFinished(progress(18));

        assertThat(text.toString()).startsWith("\r[############............]  50% instance 2/12")
                .doesNotContain("\n").doesNotContain("\u001b[");
    }

    @Test
    void shouldColourTheBarOnlyWhenAllowed() {
        new ProgressPrinter(new PrintWriter(text, true), true, true, 120).trialFinished(progress(18));

        assertThat(text.toString()).contains("\u001b[32m");
    }
}
