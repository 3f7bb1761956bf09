package io.vnfbench.engine.run;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.io.IOException;
import java.nio.file.Path;

/** Where the Manager writes the VNF-BR after every Trial. */
@FunctionalInterface
public interface RunSink {

    /** Replaces the previous version of the VNF-BR with this one; a reader must never see half a document. */
    void write(VnfBr vnfbr) throws IOException;

    /** Nothing written (tests, benchmarks, callers that only want the result). */
    static RunSink none() {
        return vnfbr -> { };
    }

    /** Atomically replaces {@code file} (temporary file, flush, rename). */
    static RunSink file(Path file) {
        return vnfbr -> Documents.writeAtomically(file, vnfbr);
    }
}
