package io.vnfbench.engine.run;

import io.vnfbench.engine.model.VnfBr;
import java.io.IOException;
import java.nio.file.Path;

/** Where the Manager writes the VNF-BR after every Trial. */
@FunctionalInterface
public interface RunSink {

    /**
     * Replaces the previous version of the VNF-BR with this one; a reader must never see half a document.
     *
     * @param durable true at the end of an instance and of the run: the write must also survive a power loss
     *     (flushed to disk); after a Trial it need only survive the death of the process
     */
    void write(VnfBr vnfbr, boolean durable) throws IOException;

    /** Nothing written (tests, benchmarks, callers that only want the result). */
    static RunSink none() {
        return (vnfbr, durable) -> { };
    }

    /**
     * Atomically replaces the JSON {@code file}, re-serialising only outputs that changed since the previous write,
     * so the cost of a Trial does not grow with the number of finished instances; see {@link VnfBrFile}.
     */
    static RunSink incremental(Path file) {
        return new VnfBrFile(file);
    }
}
