# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/Job.java
type public abstract class hudson.model.Job<JobT extends hudson.model.Job<JobT,RunT>,RunT extends hudson.model.Run<JobT,RunT>>
extends hudson.model.AbstractItem
implements hudson.ExtensionPoint
implements org.kohsuke.stapler.StaplerOverridable
implements jenkins.model.ModelObjectWithChildren
implements jenkins.widgets.HasWidgets
all-supertypes hudson.ExtensionPoint hudson.model.AbstractItem hudson.model.AbstractModelObject hudson.model.Actionable hudson.model.DescriptorByNameOwner hudson.model.Item hudson.model.ModelObject hudson.model.PersistenceRoot hudson.model.Saveable hudson.search.SearchItem hudson.search.SearchableModelObject hudson.security.AccessControlled jenkins.model.FullyNamed jenkins.model.FullyNamedModelObject jenkins.model.Loadable jenkins.model.ModelObjectWithChildren jenkins.model.ModelObjectWithContextMenu jenkins.model.Named jenkins.util.io.OnMaster jenkins.widgets.HasWidgets org.kohsuke.stapler.HttpDeletable org.kohsuke.stapler.StaplerOverridable org.kohsuke.stapler.StaplerProxy
constructor protected (hudson.model.ItemGroup,java.lang.String)
field boolean keepDependencies
field private static final java.util.logging.Logger LOGGER
field private static final jenkins.security.HexStringConfidentialKey SERVER_COOKIE
field private transient java.lang.Integer cachedBuildHealthReportsBuildNumber
field private transient java.util.List<hudson.model.HealthReport> cachedBuildHealthReports
field private transient volatile boolean holdOffBuildUntilSave
field private transient volatile boolean holdOffBuildUntilUserSave
field private volatile jenkins.model.BuildDiscarder logRotator
field protected hudson.util.CopyOnWriteList<hudson.model.JobProperty<? super JobT>> properties
field protected transient volatile int nextBuildNumber
field public static final hudson.widgets.HistoryWidget.Adapter<jenkins.model.HistoricalBuild> HISTORY_ADAPTER
method hudson.util.TextFile getNextBuildNumberFile()
method protected abstract java.util.SortedMap<java.lang.Integer,? extends RunT> _getRuns()
method protected abstract void removeRun(RunT)
method protected hudson.search.SearchIndexBuilder makeSearchIndex()
method protected hudson.widgets.HistoryWidget createHistoryWidget()
method protected java.util.List<RunT> getEstimatedDurationCandidates()
method protected void checkRename(java.lang.String) throws hudson.model.Failure
method protected void saveNextBuildNumber() throws java.io.IOException
method protected void submit(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws hudson.model.Descriptor.FormException,java.io.IOException,javax.servlet.ServletException
method protected void submit(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws hudson.model.Descriptor.FormException,jakarta.servlet.ServletException,java.io.IOException
method public <T extends hudson.model.JobProperty> T getProperty(java.lang.Class<T>)
method public <T extends hudson.model.JobProperty> T removeProperty(java.lang.Class<T>) throws java.io.IOException
method public RunT getBuild(java.lang.String)
method public RunT getBuildByNumber(int)
method public RunT getBuildForCLI(java.lang.String) throws org.kohsuke.args4j.CmdLineException
method public RunT getFirstBuild()
method public RunT getLastBuild()
method public RunT getLastCompletedBuild()
method public RunT getLastFailedBuild()
method public RunT getLastStableBuild()
method public RunT getLastSuccessfulBuild()
method public RunT getLastUnstableBuild()
method public RunT getLastUnsuccessfulBuild()
method public RunT getNearestBuild(int)
method public RunT getNearestOldBuild(int)
method public abstract boolean isBuildable()
method public boolean isBuilding()
method public boolean isHoldOffBuildUntilSave()
method public boolean isInQueue()
method public boolean isKeepDependencies()
method public boolean isLogUpdated()
method public boolean isNameEditable()
method public boolean supportsLogRotator()
method public final hudson.model.ParametersDefinitionProperty getParametersDefinitionProperty()
method public hudson.EnvVars getCharacteristicEnvVars()
method public hudson.EnvVars getEnvironment(hudson.model.Node,hudson.model.TaskListener) throws java.io.IOException,java.lang.InterruptedException
method public hudson.PermalinkList getPermalinks()
method public hudson.model.BallColor getIconColor()
method public hudson.model.BuildTimelineWidget getTimeline()
method public hudson.model.HealthReport getBuildHealth()
method public hudson.model.JobProperty getProperty(java.lang.String)
method public hudson.model.Queue.Item getQueueItem()
method public hudson.security.ACL getACL()
method public hudson.tasks.LogRotator getLogRotator()
method public hudson.util.Graph getBuildTimeGraph()
method public hudson.util.RunList<RunT> getBuilds()
method public hudson.util.RunList<RunT> getBuildsByTimestamp(long,long)
method public hudson.util.RunList<RunT> getNewBuilds()
method public int assignBuildNumber() throws java.io.IOException
method public int getNextBuildNumber()
method public java.io.File getBuildDir()
method public java.lang.Object getDynamic(java.lang.String,org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2)
method public java.lang.String getBuildStatusIconClassName()
method public java.lang.String getBuildStatusUrl()
method public java.lang.String getPronoun()
method public java.lang.String getSearchIcon()
method public java.util.Collection<? extends hudson.model.Job> getAllJobs()
method public java.util.Collection<?> getOverrides()
method public java.util.List<RunT> getBuilds(hudson.model.Fingerprint.RangeSet)
method public java.util.List<RunT> getLastBuildsOverThreshold(int,hudson.model.Result)
method public java.util.List<hudson.model.HealthReport> getBuildHealthReports()
method public java.util.List<hudson.model.JobProperty<? super JobT>> getAllProperties()
method public java.util.List<jenkins.model.Tab> getJobTabs()
method public java.util.Map<hudson.model.JobPropertyDescriptor,hudson.model.JobProperty<? super JobT>> getProperties()
method public java.util.SortedMap<java.lang.Integer,RunT> getBuildsAsMap()
method public jenkins.model.BuildDiscarder getBuildDiscarder()
method public jenkins.model.ModelObjectWithContextMenu.ContextMenu doChildrenContextMenu(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.lang.Exception
method public jenkins.model.ModelObjectWithContextMenu.ContextMenu doChildrenContextMenu(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.lang.Exception
method public long getEstimatedDuration()
method public void addProperty(hudson.model.JobProperty<? super JobT>) throws java.io.IOException
method public void delete() throws java.io.IOException,java.lang.InterruptedException
method public void doBuildStatus(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doConfigSubmit(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws hudson.model.Descriptor.FormException,jakarta.servlet.ServletException,java.io.IOException
method public void doDescription(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doDoRename(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void doRssAll(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doRssChangelog(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doRssFailed(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void fastUpdateNextBuildNumber(int)
method public void logRotate() throws java.io.IOException,java.lang.InterruptedException
method public void movedTo(jenkins.model.DirectlyModifiableTopLevelItemGroup,hudson.model.AbstractItem,java.io.File) throws java.io.IOException
method public void onCopiedFrom(hudson.model.Item)
method public void onLoad(hudson.model.ItemGroup<? extends hudson.model.Item>,java.lang.String) throws java.io.IOException
method public void removeProperty(hudson.model.JobProperty<? super JobT>) throws java.io.IOException
method public void renameTo(java.lang.String) throws java.io.IOException
method public void save() throws java.io.IOException
method public void setBuildDiscarder(jenkins.model.BuildDiscarder) throws java.io.IOException
method public void setLogRotator(hudson.tasks.LogRotator) throws java.io.IOException
method public void updateNextBuildNumber(int) throws java.io.IOException
