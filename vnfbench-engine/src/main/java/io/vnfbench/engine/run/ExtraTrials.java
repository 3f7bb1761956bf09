package io.vnfbench.engine.run;

import java.io.IOException;

/**
 * Asked by the Manager after the planned Trials of every Test, while the Test's deployment still stands: it may run
 * more Trials of that Test ({@link StandingTest#runTrial()}), e.g. for a gate that is still undecided (live sequential
 * Trials). The extra Trials are recorded and persisted like planned ones. The default runs none.
 */
@FunctionalInterface
public interface ExtraTrials {
    ExtraTrials NONE = test -> { };

    void afterPlannedTrials(StandingTest test) throws InterruptedException, IOException;
}
