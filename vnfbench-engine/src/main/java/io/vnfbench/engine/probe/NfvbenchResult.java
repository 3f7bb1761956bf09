package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one NFVbench result file says, as measurements a prober can return.
 *
 * @param version    NFVbench's version, null when the file does not say
 * @param time       nullable: the file's {@code date}, read as UTC (NFVbench writes local time without a zone)
 * @param chainCount nullable: {@code service_chain_count}
 * @param call       a reconstruction of the run's settings (chain mode, rate, duration), for provenance
 */
public record NfvbenchResult(@CheckForNull String version, @CheckForNull Instant time, String chainMode, Long chainCount, String call,
        List<Measurement> measurements) {

    public NfvbenchResult {
        Objects.requireNonNull(chainMode, "chainMode");
        Objects.requireNonNull(call, "call");
        measurements = List.copyOf(measurements);
    }
}
