# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/FilePath.java
type public final class hudson.FilePath
implements org.jenkinsci.remoting.SerializableOnlyOverRemoting
all-supertypes java.io.Serializable org.jenkinsci.remoting.SerializableOnlyOverRemoting
constructor public (hudson.FilePath,java.lang.String)
constructor public (hudson.remoting.VirtualChannel,java.lang.String)
constructor public (java.io.File)
field private hudson.FilePath.UrlFactory urlFactory
field private java.lang.String remote
field private static boolean ALLOW_REENTRY_PATH_TRAVERSAL
field private static boolean ALLOW_UNTAR_SYMLINK_RESOLUTION
field private static boolean CHMOD_WARNED
field private static final hudson.FilePath.UrlFactory DEFAULT_URL_FACTORY
field private static final int MAX_REDIRECTS
field private static final java.util.Comparator<java.lang.String> SHORTER_STRING_FIRST
field private static final java.util.concurrent.ExecutorService threadPoolForRemoting
field private static final java.util.logging.Logger LOGGER
field private static final java.util.regex.Pattern ABSOLUTE_PREFIX_PATTERN
field private static final java.util.regex.Pattern DRIVE_PATTERN
field private static final java.util.regex.Pattern UNC_PATTERN
field private static final long serialVersionUID
field private transient hudson.remoting.VirtualChannel channel
field public static final hudson.remoting.LocalChannel localChannel
field public static final int SIDE_BUFFER_SIZE
field public static int VALIDATE_ANT_FILE_MASK_BOUND
method boolean isUnix()
method public <T> T act(hudson.FilePath.FileCallable<T>) throws java.io.IOException,java.lang.InterruptedException
method public <T> hudson.remoting.Future<T> actAsync(hudson.FilePath.FileCallable<T>) throws java.io.IOException,java.lang.InterruptedException
method public <V,E extends java.lang.Throwable> V act(hudson.remoting.Callable<V,E>) throws E,java.io.IOException,java.lang.InterruptedException
method public <V> hudson.remoting.Callable<V,java.io.IOException> asCallableWith(hudson.FilePath.FileCallable<V>)
method public boolean containsSymlink(hudson.FilePath,java.nio.file.OpenOption[]...) throws java.io.IOException,java.lang.InterruptedException
method public boolean delete() throws java.io.IOException,java.lang.InterruptedException
method public boolean equals(java.lang.Object)
method public boolean exists() throws java.io.IOException,java.lang.InterruptedException
method public boolean hasSymlink(hudson.FilePath,java.nio.file.OpenOption[]...) throws java.io.IOException,java.lang.InterruptedException
method public boolean installIfNecessaryFrom(java.net.URL,hudson.model.TaskListener,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public boolean isDescendant(java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public boolean isDirectory() throws java.io.IOException,java.lang.InterruptedException
method public boolean isRemote()
method public hudson.FilePath absolutize() throws java.io.IOException,java.lang.InterruptedException
method public hudson.FilePath child(java.lang.String)
method public hudson.FilePath createTempDir(java.lang.String,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public hudson.FilePath createTempFile(java.lang.String,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public hudson.FilePath createTextTempFile(java.lang.String,java.lang.String,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public hudson.FilePath createTextTempFile(java.lang.String,java.lang.String,java.lang.String,boolean) throws java.io.IOException,java.lang.InterruptedException
method public hudson.FilePath getParent()
method public hudson.FilePath sibling(java.lang.String)
method public hudson.FilePath withSuffix(java.lang.String)
method public hudson.FilePath[] list(java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public hudson.FilePath[] list(java.lang.String,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public hudson.FilePath[] list(java.lang.String,java.lang.String,boolean) throws java.io.IOException,java.lang.InterruptedException
method public hudson.Launcher createLauncher(hudson.model.TaskListener) throws java.io.IOException,java.lang.InterruptedException
method public hudson.model.Computer toComputer()
method public hudson.remoting.VirtualChannel getChannel()
method public hudson.util.FormValidation validateFileMask(java.lang.String) throws java.io.IOException
method public hudson.util.FormValidation validateFileMask(java.lang.String,boolean) throws java.io.IOException
method public hudson.util.FormValidation validateFileMask(java.lang.String,boolean,boolean) throws java.io.IOException
method public hudson.util.FormValidation validateRelativeDirectory(java.lang.String) throws java.io.IOException
method public hudson.util.FormValidation validateRelativeDirectory(java.lang.String,boolean) throws java.io.IOException
method public hudson.util.FormValidation validateRelativePath(java.lang.String,boolean,boolean) throws java.io.IOException
method public int archive(hudson.util.io.ArchiverFactory,java.io.OutputStream,hudson.util.DirScanner) throws java.io.IOException,java.lang.InterruptedException
method public int archive(hudson.util.io.ArchiverFactory,java.io.OutputStream,hudson.util.DirScanner,java.lang.String,java.nio.file.OpenOption[]...) throws java.io.IOException,java.lang.InterruptedException
method public int archive(hudson.util.io.ArchiverFactory,java.io.OutputStream,java.io.FileFilter) throws java.io.IOException,java.lang.InterruptedException
method public int archive(hudson.util.io.ArchiverFactory,java.io.OutputStream,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public int copyRecursiveTo(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public int copyRecursiveTo(hudson.util.DirScanner,hudson.FilePath,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public int copyRecursiveTo(hudson.util.DirScanner,hudson.FilePath,java.lang.String,hudson.FilePath.TarCompression) throws java.io.IOException,java.lang.InterruptedException
method public int copyRecursiveTo(java.lang.String,hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public int copyRecursiveTo(java.lang.String,java.lang.String,hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public int hashCode()
method public int mode() throws java.io.IOException,java.lang.InterruptedException
method public int tar(java.io.OutputStream,hudson.util.DirScanner) throws java.io.IOException,java.lang.InterruptedException
method public int tar(java.io.OutputStream,java.io.FileFilter) throws java.io.IOException,java.lang.InterruptedException
method public int tar(java.io.OutputStream,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public int zip(java.io.OutputStream,hudson.util.DirScanner) throws java.io.IOException,java.lang.InterruptedException
method public int zip(java.io.OutputStream,hudson.util.DirScanner,java.lang.String,java.lang.String,java.nio.file.OpenOption[]...) throws java.io.IOException,java.lang.InterruptedException
method public java.io.InputStream read() throws java.io.IOException,java.lang.InterruptedException
method public java.io.InputStream read(hudson.FilePath,java.nio.file.OpenOption[]...) throws java.io.IOException,java.lang.InterruptedException
method public java.io.InputStream readFromOffset(long) throws java.io.IOException,java.lang.InterruptedException
method public java.io.OutputStream write() throws java.io.IOException,java.lang.InterruptedException
method public java.lang.String digest() throws java.io.IOException,java.lang.InterruptedException
method public java.lang.String getBaseName()
method public java.lang.String getName()
method public java.lang.String getRemote()
method public java.lang.String readLink() throws java.io.IOException,java.lang.InterruptedException
method public java.lang.String readToString() throws java.io.IOException,java.lang.InterruptedException
method public java.lang.String toString()
method public java.lang.String validateAntFileMask(java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public java.lang.String validateAntFileMask(java.lang.String,boolean) throws java.io.IOException,java.lang.InterruptedException
method public java.lang.String validateAntFileMask(java.lang.String,int) throws java.io.IOException,java.lang.InterruptedException
method public java.lang.String validateAntFileMask(java.lang.String,int,boolean) throws java.io.IOException,java.lang.InterruptedException
method public java.net.URI toURI() throws java.io.IOException,java.lang.InterruptedException
method public java.util.List<hudson.FilePath> list() throws java.io.IOException,java.lang.InterruptedException
method public java.util.List<hudson.FilePath> list(hudson.FilePath,java.nio.file.OpenOption[]...) throws java.io.IOException,java.lang.InterruptedException
method public java.util.List<hudson.FilePath> list(java.io.FileFilter) throws java.io.IOException,java.lang.InterruptedException
method public java.util.List<hudson.FilePath> listDirectories() throws java.io.IOException,java.lang.InterruptedException
method public jenkins.util.VirtualFile toVirtualFile()
method public long getFreeDiskSpace() throws java.io.IOException,java.lang.InterruptedException
method public long getTotalDiskSpace() throws java.io.IOException,java.lang.InterruptedException
method public long getUsableDiskSpace() throws java.io.IOException,java.lang.InterruptedException
method public long lastModified() throws java.io.IOException,java.lang.InterruptedException
method public long length() throws java.io.IOException,java.lang.InterruptedException
method public static boolean isIgnoreTmpDirs(java.nio.file.OpenOption[]...)
method public static boolean isNoFollowLink(java.nio.file.OpenOption[]...)
method public static boolean isSymlink(java.io.File,java.lang.String,java.nio.file.OpenOption[]...)
method public static boolean isTmpDir(java.io.File,java.lang.String,java.nio.file.OpenOption[]...)
method public static boolean isTmpDir(java.lang.String,java.nio.file.OpenOption[]...)
method public static hudson.FilePath getHomeDirectory(hudson.remoting.VirtualChannel) throws java.io.IOException,java.lang.InterruptedException
method public static hudson.util.FileVisitor ignoringSymlinks(hudson.util.FileVisitor,java.lang.String,java.nio.file.OpenOption[]...)
method public static hudson.util.FileVisitor ignoringTmpDirs(hudson.util.FileVisitor,java.lang.String,java.nio.file.OpenOption[]...)
method public static hudson.util.FormValidation validateFileMask(hudson.FilePath,java.lang.String) throws java.io.IOException
method public static hudson.util.FormValidation validateFileMask(hudson.FilePath,java.lang.String,boolean) throws java.io.IOException
method public static java.io.InputStream newInputStreamDenyingSymlinkAsNeeded(java.io.File,java.lang.String,java.nio.file.OpenOption[]...) throws java.io.IOException
method public static java.io.InputStream openInputStream(java.io.File,java.nio.file.OpenOption[]) throws java.io.IOException
method public static java.lang.String normalize(java.lang.String)
method public void chmod(int) throws java.io.IOException,java.lang.InterruptedException
method public void copyFrom(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public void copyFrom(java.io.InputStream) throws java.io.IOException,java.lang.InterruptedException
method public void copyFrom(java.net.URL) throws java.io.IOException,java.lang.InterruptedException
method public void copyFrom(org.apache.commons.fileupload.FileItem) throws java.io.IOException,java.lang.InterruptedException
method public void copyFrom(org.apache.commons.fileupload2.core.FileItem) throws java.io.IOException,java.lang.InterruptedException
method public void copyTo(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public void copyTo(java.io.OutputStream) throws java.io.IOException,java.lang.InterruptedException
method public void copyToWithPermission(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public void createZipArchive(java.io.OutputStream) throws java.io.IOException,java.lang.InterruptedException
method public void createZipArchive(java.io.OutputStream,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public void deleteContents() throws java.io.IOException,java.lang.InterruptedException
method public void deleteRecursive() throws java.io.IOException,java.lang.InterruptedException
method public void deleteSuffixesRecursive() throws java.io.IOException,java.lang.InterruptedException
method public void mkdirs() throws java.io.IOException,java.lang.InterruptedException
method public void moveAllChildrenTo(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public void renameTo(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public void symlinkTo(java.lang.String,hudson.model.TaskListener) throws java.io.IOException,java.lang.InterruptedException
method public void touch(long) throws java.io.IOException,java.lang.InterruptedException
method public void untar(hudson.FilePath,hudson.FilePath.TarCompression) throws java.io.IOException,java.lang.InterruptedException
method public void untarFrom(java.io.InputStream,hudson.FilePath.TarCompression) throws java.io.IOException,java.lang.InterruptedException
method public void unzip(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public void unzipFrom(java.io.InputStream) throws java.io.IOException,java.lang.InterruptedException
method public void write(java.lang.String,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public void zip(hudson.FilePath) throws java.io.IOException,java.lang.InterruptedException
method public void zip(java.io.OutputStream) throws java.io.IOException,java.lang.InterruptedException
method public void zip(java.io.OutputStream,java.io.FileFilter) throws java.io.IOException,java.lang.InterruptedException
method public void zip(java.io.OutputStream,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method void setUrlFactory(hudson.FilePath.UrlFactory)
