# jenkinsci/remoting@3352.v17a_fb_4b_2773f 17afb4b2773f7df0d7f549f70ebe980e0d767f47 src/main/java/hudson/remoting/VirtualChannel.java
type public interface hudson.remoting.VirtualChannel
all-supertypes 
method public abstract <T> T export(java.lang.Class<T>,T)
method public abstract <V,T extends java.lang.Throwable> V call(hudson.remoting.Callable<V,T>) throws T,java.io.IOException,java.lang.InterruptedException
method public abstract <V,T extends java.lang.Throwable> hudson.remoting.Future<V> callAsync(hudson.remoting.Callable<V,T>) throws java.io.IOException
method public abstract void close() throws java.io.IOException
method public abstract void join() throws java.lang.InterruptedException
method public abstract void join(long) throws java.lang.InterruptedException
method public abstract void syncLocalIO() throws java.lang.InterruptedException
