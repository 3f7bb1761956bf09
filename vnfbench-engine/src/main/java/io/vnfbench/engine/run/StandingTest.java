package io.vnfbench.engine.run;

import io.vnfbench.engine.model.Snapshot;
import java.io.IOException;
import java.util.List;

/** A Test whose planned Trials have run and whose deployment still stands ({@link ExtraTrials}). */
public interface StandingTest {

    /** The instance's output id. */
    String instanceId();

    /** The instance's stable test key. */
    String testKey();

    /** The Test's number (1-based) and how many Tests the instance has. */
    int test();

    int tests();

    /** The Test's snapshots so far (planned, resumed and extra Trials), in id order. */
    List<Snapshot> snapshots();

    /**
     * Runs one more Trial on the standing deployment (numbered after the last), records and persists it, and returns
     * its snapshots (one per agent and monitor). Throws when the run is cancelled.
     */
    List<Snapshot> runTrial() throws InterruptedException, IOException;
}
