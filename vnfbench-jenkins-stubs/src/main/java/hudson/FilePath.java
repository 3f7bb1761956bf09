package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/FilePath.java @jenkins-2.541.3 (class is final; FileCallable at L1185,
 * act at L1205). The real class also implements org.jenkinsci.remoting.SerializableOnlyOverRemoting. The stand-in only knows
 * local paths: {@code act} runs the callable in this JVM, which is what the real class does for a local FilePath.
 */
public final class FilePath implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String remote;

    /** Part of the real serialized form; null outside tests (as in core), so it serializes as null. */
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "null outside tests, as in the real class")
    private UrlFactory urlFactory;

    static class UrlFactory {
        public URL newURL(String location) throws MalformedURLException {
            return new URL(location);
        }
    }

    void setUrlFactory(UrlFactory urlFactory) {
        this.urlFactory = urlFactory;
    }

    public FilePath(@NonNull File localPath) {
        this.remote = localPath.getPath();
    }

    public FilePath(@NonNull FilePath base, @NonNull String rel) {
        this.remote = new File(base.remote, rel).getPath();
    }

    public String getRemote() {
        return remote;
    }

    public String getName() {
        return new File(remote).getName();
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        return new FilePath(this, relOrAbsolute);
    }

    @CheckForNull
    public FilePath getParent() {
        File parent = new File(remote).getParentFile();
        return parent == null ? null : new FilePath(parent);
    }

    public boolean exists() throws IOException, InterruptedException {
        return new File(remote).exists();
    }

    public InputStream read() throws IOException, InterruptedException {
        return Files.newInputStream(new File(remote).toPath());
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        return callable.invoke(new File(remote), null);
    }

    public boolean isRemote() {
        return false;
    }

    @Override
    public String toString() {
        return remote;
    }

    /**
     * Stand-in of the nested interface. The real one also extends org.jenkinsci.remoting.RoleSensitive.
     */
    public interface FileCallable<T> extends Serializable {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
