package hudson.util;

import java.util.concurrent.ThreadFactory;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/util/ClassLoaderSanityThreadFactory.java @jenkins-2.541.3.
 * New threads get core's class loader as their context class loader instead of inheriting the creating thread's.
 */
public class ClassLoaderSanityThreadFactory implements ThreadFactory {

    private final ThreadFactory delegate;

    public ClassLoaderSanityThreadFactory(ThreadFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = delegate.newThread(r);
        t.setContextClassLoader(ClassLoaderSanityThreadFactory.class.getClassLoader());
        return t;
    }
}
