package io.vnfbench.engine.run;

import io.vnfbench.engine.model.VnfBr;
import java.util.Objects;

/**
 * The end of a run: the VNF-BR as written (with every finished Trial) and how the run ended.
 *
 * @param trialsRun Trials run in this session
 * @param trialsResumed Trials found finished in the resumed file and not run again
 */
public record RunResult(VnfBr vnfbr, RunStatus status, int trialsRun, int trialsResumed) {
    public RunResult {
        Objects.requireNonNull(vnfbr, "vnfbr");
        Objects.requireNonNull(status, "status");
    }
}
