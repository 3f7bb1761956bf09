package io.vnfbench.engine.session;

import io.vnfbench.engine.run.Progress;
import io.vnfbench.engine.run.ProgressListener;

/** The Manager's progress, handed to a front end's {@link RunListener}. */
final class ProgressBridge implements ProgressListener {
    private final RunListener listener;

    ProgressBridge(RunListener listener) {
        this.listener = listener;
    }

    @Override
    public void runStarted(Progress p) {
        listener.runStarted(of(p));
    }

    @Override
    public void instanceStarted(Progress p) {
        listener.instanceStarted(of(p));
    }

    @Override
    public void testStarted(Progress p) {
        listener.testStarted(of(p));
    }

    @Override
    public void trialStarted(Progress p) {
        listener.trialStarted(of(p));
    }

    @Override
    public void trialFinished(Progress p) {
        listener.trialFinished(of(p));
    }

    @Override
    public void trialSkipped(Progress p) {
        listener.trialSkipped(of(p));
    }

    @Override
    public void warning(String message) {
        listener.warning(message);
    }

    @Override
    public void runFinished(Progress p) {
        listener.runFinished(of(p));
    }

    static RunProgress of(Progress p) {
        return new RunProgress(p.instance(), p.instances(), p.instanceId(), p.testKey(), p.test(), p.tests(),
                p.trial(), p.trials(), p.trialsDone(), p.trialsTotal(), p.elapsed(), p.remaining());
    }
}
