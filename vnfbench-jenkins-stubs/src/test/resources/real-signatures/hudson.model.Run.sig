# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/Run.java
type public abstract class hudson.model.Run<JobT extends hudson.model.Job<JobT,RunT>,RunT extends hudson.model.Run<JobT,RunT>>
extends hudson.model.Actionable
implements hudson.ExtensionPoint
implements java.lang.Comparable<RunT>
implements hudson.security.AccessControlled
implements hudson.model.PersistenceRoot
implements hudson.model.DescriptorByNameOwner
implements jenkins.util.io.OnMaster
implements org.kohsuke.stapler.StaplerProxy
implements jenkins.model.HistoricalBuild
implements jenkins.console.WithConsoleUrl
all-supertypes hudson.ExtensionPoint hudson.model.AbstractModelObject hudson.model.Actionable hudson.model.DescriptorByNameOwner hudson.model.ModelObject hudson.model.PersistenceRoot hudson.model.Saveable hudson.search.SearchItem hudson.search.SearchableModelObject hudson.security.AccessControlled java.lang.Comparable jenkins.console.WithConsoleUrl jenkins.model.FullyNamedModelObject jenkins.model.HistoricalBuild jenkins.model.ModelObjectWithContextMenu jenkins.util.io.OnMaster org.kohsuke.stapler.StaplerProxy
constructor protected (JobT) throws java.io.IOException
constructor protected (JobT,java.io.File) throws java.io.IOException
constructor protected (JobT,java.util.Calendar)
constructor protected (JobT,long)
field private boolean keepLog
field private java.lang.String id
field private jenkins.model.ArtifactManager artifactManager
field private long queueId
field private long startTime
field private static final java.util.logging.Logger LOGGER
field private transient boolean isPendingDelete
field private transient volatile hudson.model.Run.RunExecution runner
field private transient volatile hudson.model.Run.State state
field private volatile java.lang.String displayName
field protected final transient JobT project
field protected java.lang.String charset
field protected long duration
field protected long timestamp
field protected volatile hudson.model.Result result
field protected volatile java.lang.String description
field public static boolean SKIP_PERMISSION_CHECK
field public static final com.thoughtworks.xstream.XStream XSTREAM
field public static final hudson.FeedAdapter<hudson.model.Run> FEED_ADAPTER
field public static final hudson.FeedAdapter<hudson.model.Run> FEED_ADAPTER_LATEST
field public static final hudson.security.Permission ARTIFACTS
field public static final hudson.security.Permission DELETE
field public static final hudson.security.Permission UPDATE
field public static final hudson.security.PermissionGroup PERMISSIONS
field public static final hudson.util.XStream2 XSTREAM2
field public static final int LIST_CUTOFF
field public static final java.util.Comparator<hudson.model.Run> ORDER_BY_DATE
field public static final long QUEUE_ID_UNKNOWN
field public transient int number
field transient volatile RunT previousBuildInProgress
method protected RunT _this()
method protected final void execute(hudson.model.Run.RunExecution)
method protected final void run(hudson.model.Run.Runner)
method protected hudson.search.SearchIndexBuilder makeSearchIndex()
method protected java.lang.Object writeReplace()
method protected java.util.List<RunT> getBuildsOverThreshold(int,hudson.model.Result)
method protected jenkins.model.lazy.BuildReference<RunT> createReference()
method protected void dropLinks()
method protected void onEndBuilding()
method protected void onLoad()
method protected void onStartBuilding()
method protected void submit(net.sf.json.JSONObject) throws java.io.IOException
method public <T extends hudson.model.Cause> T getCause(java.lang.Class<T>)
method public JobT getParent()
method public RunT getNextBuild()
method public RunT getPreviousBuild()
method public RunT getPreviousBuiltBuild()
method public RunT getPreviousFailedBuild()
method public RunT getPreviousNotFailedBuild()
method public RunT getPreviousSuccessfulBuild()
method public boolean canToggleLogKeep()
method public boolean getHasArtifacts()
method public boolean hasCustomDisplayName()
method public boolean hasntStartedYet()
method public boolean isBuilding()
method public boolean isInProgress()
method public boolean isLogUpdated()
method public final RunT getPreviousBuildInProgress()
method public final RunT getPreviousCompletedBuild()
method public final boolean hasCustomArtifactManager()
method public final boolean isKeepLog()
method public final hudson.EnvVars getCharacteristicEnvVars()
method public final java.lang.String getAbsoluteUrl()
method public final java.lang.String getSearchUrl()
method public final java.nio.charset.Charset getCharset()
method public final java.util.Date getTime()
method public final jenkins.model.ArtifactManager getArtifactManager()
method public final jenkins.model.ArtifactManager pickArtifactManager() throws java.io.IOException
method public final long getStartTimeInMillis()
method public final long getTimeInMillis()
method public final void keepLog() throws java.io.IOException
method public final void updateSymlinks(hudson.model.TaskListener) throws java.lang.InterruptedException
method public hudson.EnvVars getEnvironment() throws java.io.IOException,java.lang.InterruptedException
method public hudson.EnvVars getEnvironment(hudson.model.TaskListener) throws java.io.IOException,java.lang.InterruptedException
method public hudson.console.AnnotatedLargeText getLogText()
method public hudson.model.Api getApi()
method public hudson.model.BallColor getIconColor()
method public hudson.model.DirectoryBrowserSupport doArtifact()
method public hudson.model.Executor getExecutor()
method public hudson.model.Executor getOneOffExecutor()
method public hudson.model.Result getResult()
method public hudson.model.Run.Summary getBuildStatusSummary()
method public hudson.security.ACL getACL()
method public int compareTo(RunT)
method public int getNumber()
method public java.io.File getArtifactsDir()
method public java.io.File getLogFile()
method public java.io.File getRootDir()
method public java.io.InputStream getLogInputStream() throws java.io.IOException
method public java.io.Reader getLogReader() throws java.io.IOException
method public java.lang.Object getDynamic(java.lang.String,org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse)
method public java.lang.Object getDynamic(java.lang.String,org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2)
method public java.lang.Object getTarget()
method public java.lang.String getConsoleUrl()
method public java.lang.String getDescription()
method public java.lang.String getDisplayName()
method public java.lang.String getDurationString()
method public java.lang.String getExternalizableId()
method public java.lang.String getFullDisplayName()
method public java.lang.String getId()
method public java.lang.String getLog() throws java.io.IOException
method public java.lang.String getTimestampString()
method public java.lang.String getTimestampString2()
method public java.lang.String getUrl()
method public java.lang.String getWhyKeepLog()
method public java.lang.String toString()
method public java.util.Calendar getTimestamp()
method public java.util.Collection<hudson.model.Fingerprint> getBuildFingerprints()
method public java.util.List<RunT> getPreviousBuildsOverThreshold(int,hudson.model.Result)
method public java.util.List<hudson.model.Action> getTransientActions()
method public java.util.List<hudson.model.BuildBadgeAction> getBadgeActions()
method public java.util.List<hudson.model.Cause> getCauses()
method public java.util.List<hudson.model.ParameterValue> getParameterValues()
method public java.util.List<hudson.model.Run.Artifact> getArtifacts()
method public java.util.List<hudson.model.Run.Artifact> getArtifactsUpTo(int)
method public java.util.List<java.lang.String> getLog(int) throws java.io.IOException
method public java.util.List<jenkins.model.Tab> getRunTabs()
method public java.util.Map<java.lang.String,java.lang.String> getEnvVars()
method public long getDuration()
method public long getEstimatedDuration()
method public long getQueueId()
method public org.kohsuke.stapler.HttpResponse doConfigSubmit(org.kohsuke.stapler.StaplerRequest2) throws hudson.model.Descriptor.FormException,jakarta.servlet.ServletException,java.io.IOException
method public static hudson.model.Run<?,?> fromExternalizableId(java.lang.String) throws java.lang.IllegalArgumentException,org.springframework.security.access.AccessDeniedException
method public void addAction(hudson.model.Action)
method public void delete() throws java.io.IOException
method public void deleteArtifacts() throws java.io.IOException
method public void doBuildNumber(org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doBuildStatus(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doBuildTimestamp(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2,java.lang.String) throws java.io.IOException
method public void doConsoleText(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException
method public void doConsoleText(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doDoDelete(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void doDoDelete(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doProgressiveLog(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException
method public void doSubmitDescription(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doToggleLogKeep(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void keepLog(boolean) throws java.io.IOException
method public void reload() throws java.io.IOException
method public void save() throws java.io.IOException
method public void setDescription(java.lang.String) throws java.io.IOException
method public void setDisplayName(java.lang.String) throws java.io.IOException
method public void setQueueId(long)
method public void setResult(hudson.model.Result)
method public void writeLogTo(long,org.apache.commons.jelly.XMLOutput) throws java.io.IOException
method public void writeWholeLogTo(java.io.OutputStream) throws java.io.IOException,java.lang.InterruptedException
method static void reportCheckpoint(hudson.model.CheckPoint)
method static void waitForCheckpoint(hudson.model.CheckPoint,hudson.model.BuildListener,java.lang.String) throws java.lang.InterruptedException
