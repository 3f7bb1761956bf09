package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.ClassLoaderSanityThreadFactory;
import hudson.util.DaemonThreadFactory;
import hudson.util.NamingThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * Stand-in. Source: jenkinsci/workflow-step-api-plugin
 * src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java @0773c3c6.
 * Behaves as the real class: {@code start()} captures the calling (Pipeline) thread's authentication and runs
 * {@link #run()} under it on a shared daemon pool whose threads get core's class loader, not the caller's;
 * {@link #blocksRestart()} is true from the moment {@code run()} is scheduled on a thread; {@code stop} interrupts
 * the thread and fails the step at once; {@code onResume} fails the step.
 *
 * @param <T> the type of the return value
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {

    private static final long serialVersionUID = 1L;

    private transient volatile Future<?> task;
    private transient String threadName;
    private transient volatile Throwable stopCause;

    private static ExecutorService executorService;

    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        final Authentication auth = Jenkins.getAuthentication2();
        task = getExecutorService().submit(() -> {
            threadName = Thread.currentThread().getName();
            try {
                T ret;
                ACLContext acl = ACL.as2(auth);
                try {
                    ret = run();
                } finally {
                    acl.close();
                }
                getContext().onSuccess(ret);
            } catch (Throwable x) {
                if (stopCause == null) {
                    getContext().onFailure(x);
                } else {
                    stopCause.addSuppressed(x);
                }
            }
        });
        return false;
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        if (task != null) {
            stopCause = cause;
            task.cancel(true);
        }
        super.stop(cause);
    }

    @Override
    public void onResume() {
        StepContext context = getContext();
        context.onFailure(new SynchronousResumeNotSupportedException(context));
    }

    @Override
    public @NonNull String getStatus() {
        return threadName != null ? "running in thread: " + threadName : "not yet scheduled";
    }

    @Override
    public boolean blocksRestart() {
        return threadName != null;
    }

    static synchronized ExecutorService getExecutorService() {
        if (executorService == null) {
            executorService = Executors.newCachedThreadPool(new NamingThreadFactory(
                    new ClassLoaderSanityThreadFactory(new DaemonThreadFactory()),
                    "org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution"));
        }
        return executorService;
    }
}
