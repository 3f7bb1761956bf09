# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/jenkins/model/Jenkins.java
type public class jenkins.model.Jenkins
extends hudson.model.AbstractCIBase
implements jenkins.model.DirectlyModifiableTopLevelItemGroup
implements org.kohsuke.stapler.StaplerProxy
implements org.kohsuke.stapler.StaplerFallback
implements hudson.model.ModifiableViewGroup
implements hudson.security.AccessControlled
implements hudson.model.DescriptorByNameOwner
implements jenkins.model.ModelObjectWithContextMenu
implements jenkins.model.ModelObjectWithChildren
implements jenkins.util.io.OnMaster
implements jenkins.model.Loadable
all-supertypes hudson.ExtensionPoint hudson.model.AbstractCIBase hudson.model.AbstractModelObject hudson.model.Describable hudson.model.DescriptorByNameOwner hudson.model.ItemGroup hudson.model.ModelObject hudson.model.ModifiableItemGroup hudson.model.ModifiableViewGroup hudson.model.Node hudson.model.PersistenceRoot hudson.model.ReconfigurableDescribable hudson.model.Saveable hudson.model.ViewGroup hudson.search.SearchItem hudson.search.SearchableModelObject hudson.security.AccessControlled jenkins.model.DirectlyModifiableTopLevelItemGroup jenkins.model.FullyNamed jenkins.model.FullyNamedModelObject jenkins.model.Loadable jenkins.model.ModelObjectWithChildren jenkins.model.ModelObjectWithContextMenu jenkins.model.ModifiableTopLevelItemGroup jenkins.util.io.OnMaster org.kohsuke.stapler.StaplerFallback org.kohsuke.stapler.StaplerProxy
constructor protected (java.io.File,jakarta.servlet.ServletContext) throws java.io.IOException,java.lang.InterruptedException,org.jvnet.hudson.reactor.ReactorException
constructor protected (java.io.File,jakarta.servlet.ServletContext,hudson.PluginManager) throws java.io.IOException,java.lang.InterruptedException,org.jvnet.hudson.reactor.ReactorException
field final transient java.util.Map<java.lang.String,hudson.model.TopLevelItem> items
field final transient java.util.concurrent.ExecutorService threadPoolForLoad
field int scmCheckoutRetryCount
field java.lang.Boolean nodeRenameMigrationNeeded
field java.lang.Integer quietPeriod
field private final java.util.concurrent.CopyOnWriteArrayList<hudson.model.View> views
field private final transient boolean oldJenkinsJVM
field private final transient hudson.model.FingerprintMap fingerprintMap
field private final transient hudson.model.ItemGroupMixIn itemGroupMixIn
field private final transient hudson.model.Queue queue
field private final transient hudson.model.UpdateCenter updateCenter
field private final transient hudson.model.ViewGroupMixIn viewGroupMixIn
field private final transient hudson.util.CopyOnWriteList<hudson.model.listeners.SCMListener> scmListeners
field private final transient jakarta.servlet.ServletContext jakartaServletContext
field private final transient java.lang.Object tcpSlaveAgentListenerLock
field private final transient java.lang.String secretKey
field private final transient java.util.List<hudson.model.Action> actions
field private final transient java.util.List<hudson.widgets.Widget> widgets
field private final transient java.util.Map<java.lang.Class,hudson.DescriptorExtensionList> descriptorLists
field private final transient java.util.Map<java.lang.Class,hudson.ExtensionList> extensionLists
field private final transient java.util.concurrent.ConcurrentHashMap<java.lang.String,hudson.model.Label> labels
field private final transient jenkins.model.Nodes nodes
field private final transient org.kohsuke.stapler.framework.adjunct.AdjunctManager adjuncts
field private hudson.markup.MarkupFormatter markupFormatter
field private hudson.model.Node.Mode mode
field private hudson.util.DescribableList<hudson.slaves.NodeProperty<?>,hudson.slaves.NodePropertyDescriptor> globalNodeProperties
field private hudson.util.DescribableList<hudson.slaves.NodeProperty<?>,hudson.slaves.NodePropertyDescriptor> nodeProperties
field private int numExecutors
field private int slaveAgentPort
field private java.lang.Boolean noUsageStatistics
field private java.lang.Boolean useSecurity
field private java.lang.String buildsDir
field private java.lang.String label
field private java.lang.String systemMessage
field private java.lang.String version
field private java.lang.String workspaceDir
field private jenkins.install.InstallState installState
field private jenkins.model.ProjectNamingStrategy projectNamingStrategy
field private static final boolean SLAVE_AGENT_PORT_ENFORCE
field private static final int TWICE_CPU_NUM
field private static final java.lang.String DEFAULT_BUILDS_DIR
field private static final java.lang.String DEFAULT_WORKSPACES_DIR
field private static final java.lang.String OLD_DEFAULT_WORKSPACES_DIR
field private static final java.lang.String WORKSPACE_DIRNAME
field private static final java.security.SecureRandom RANDOM
field private static final java.util.Set<java.lang.String> ALWAYS_READABLE_PATHS
field private static final java.util.logging.Logger LOGGER
field private static java.lang.String nodeNameAndSelfLabelOverride
field private static jenkins.model.Jenkins theInstance
field private static jenkins.util.io.FileBoolean STARTUP_MARKER_FILE
field private transient boolean cleanUpStarted
field private transient hudson.logging.LogRecorderManager log
field private transient java.lang.Object dependencyGraphLock
field private transient java.lang.String installStateName
field private transient java.util.Set<hudson.model.labels.LabelAtom> labelAtomSet
field private transient java.util.concurrent.Future<hudson.model.DependencyGraph> calculatingFutureDependencyGraph
field private transient java.util.concurrent.Future<hudson.model.DependencyGraph> scheduledFutureDependencyGraph
field private transient jenkins.install.SetupWizard setupWizard
field private transient volatile boolean configLoaded
field private transient volatile boolean terminating
field private transient volatile hudson.init.InitMilestone initLevel
field private transient volatile hudson.model.DependencyGraph dependencyGraph
field private transient volatile jenkins.model.Jenkins.QuietDownInfo quietDownInfo
field private volatile boolean disableRememberMe
field private volatile hudson.security.AuthorizationStrategy authorizationStrategy
field private volatile hudson.security.SecurityRealm securityRealm
field private volatile hudson.security.csrf.CrumbIssuer crumbIssuer
field private volatile hudson.views.MyViewsTabBar myViewsTabBar
field private volatile hudson.views.ViewsTabBar viewsTabBar
field private volatile java.lang.String primaryView
field private volatile java.util.List<hudson.model.JDK> jdks
field protected final transient java.util.concurrent.ConcurrentMap<hudson.model.Node,hudson.model.Computer> computers
field protected transient volatile hudson.slaves.NodeList slaves
field public final hudson.model.Hudson.CloudList clouds
field public final transient hudson.Lookup lookup
field public final transient hudson.PluginManager pluginManager
field public final transient hudson.model.LoadStatistics unlabeledLoad
field public final transient hudson.model.OverallLoadStatistics overallLoad
field public final transient hudson.slaves.NodeProvisioner overallNodeProvisioner
field public final transient hudson.slaves.NodeProvisioner unlabeledNodeProvisioner
field public final transient java.io.File root
field public final transient java.util.List<hudson.model.AdministrativeMonitor> administrativeMonitors
field public final transient javax.servlet.ServletContext servletContext
field public static boolean AUTOMATIC_AGENT_LAUNCH
field public static boolean CONCURRENT_BUILD
field public static boolean FLYWEIGHT_SUPPORT
field public static boolean KILL_AFTER_LOAD
field public static boolean PARALLEL_LOAD
field public static final com.thoughtworks.xstream.XStream XSTREAM
field public static final hudson.security.Permission ADMINISTER
field public static final hudson.security.Permission MANAGE
field public static final hudson.security.Permission READ
field public static final hudson.security.Permission RUN_SCRIPTS
field public static final hudson.security.Permission SYSTEM_READ
field public static final hudson.security.PermissionGroup PERMISSIONS
field public static final hudson.security.Permission[] MANAGE_AND_SYSTEM_READ
field public static final hudson.util.XStream2 XSTREAM2
field public static final java.lang.String NAME_VALIDATION_REJECTS_TRAILING_DOT_PROP
field public static final java.lang.String UNCOMPUTED_VERSION
field public static final java.util.Set<java.lang.String> ALLOWED_RESOURCE_EXTENSIONS
field public static final org.acegisecurity.Authentication ANONYMOUS
field public static final org.springframework.security.core.Authentication ANONYMOUS2
field public static int EXTEND_TIMEOUT_SECONDS
field public static java.lang.String CHANGELOG_URL
field public static java.lang.String RESOURCE_PATH
field public static java.lang.String SESSION_HASH
field public static java.lang.String VERSION
field public static java.lang.String VERSION_HASH
field public static java.lang.String VIEW_RESOURCE_PATH
field public static java.util.List<java.util.logging.LogRecord> logRecords
field public transient volatile hudson.ProxyConfiguration proxy
field public transient volatile hudson.TcpSlaveAgentListener tcpSlaveAgentListener
field static final java.lang.String BUILDS_DIR_PROP
field static final java.lang.String WORKSPACES_DIR_PROP
field static jenkins.model.Jenkins.JenkinsHolder HOLDER
method boolean getRenameMigrationDone()
method boolean isDefaultWorkspaceDir()
method boolean isDisplayNameUnique(hudson.model.ItemGroup<?>,java.lang.String,java.lang.String)
method boolean isNameUnique(hudson.model.ItemGroup<?>,java.lang.String,java.lang.String)
method protected hudson.XmlFile getConfigFile()
method protected java.lang.Object readResolve()
method protected java.util.Set<hudson.model.labels.LabelAtom> getLabelAtomSet()
method protected java.util.concurrent.ConcurrentMap<hudson.model.Node,hudson.model.Computer> getComputerMap()
method protected void updateComputerList()
method protected void updateComputers(hudson.model.Node[]...)
method protected void updateNewComputer(hudson.model.Node)
method public <I extends hudson.model.TopLevelItem> I add(I,java.lang.String) throws java.io.IOException,java.lang.IllegalArgumentException
method public <P extends hudson.Plugin> P getPlugin(java.lang.Class<P>)
method public <P extends hudson.Plugin> java.util.List<P> getPlugins(java.lang.Class<P>)
method public <T extends hudson.model.AbstractProject<?,?>> T copy(T,java.lang.String) throws java.io.IOException
method public <T extends hudson.model.Describable<T>,D extends hudson.model.Descriptor<T>> hudson.DescriptorExtensionList<T,D> getDescriptorList(java.lang.Class<T>)
method public <T extends hudson.model.Descriptor> T getDescriptorByType(java.lang.Class<T>)
method public <T extends hudson.model.Item> T getItemByFullName(java.lang.String,java.lang.Class<T>) throws org.springframework.security.access.AccessDeniedException
method public <T extends hudson.model.TopLevelItem> T copy(T,java.lang.String) throws java.io.IOException
method public <T extends hudson.model.TopLevelItem> T createProject(java.lang.Class<T>,java.lang.String) throws java.io.IOException
method public <T> hudson.ExtensionList<T> getExtensionList(java.lang.Class<T>)
method public <T> java.util.List<T> getItems(java.lang.Class<T>)
method public boolean canAdd(hudson.model.TopLevelItem)
method public boolean canDelete(hudson.model.View)
method public boolean isDefaultBuildDir()
method public boolean isDisableRememberMe()
method public boolean isPreparingSafeRestart()
method public boolean isQuietingDown()
method public boolean isRootUrlSecure()
method public boolean isSlaveAgentPortEnforced()
method public boolean isSubjectToMandatoryReadPermissionCheck(java.lang.String)
method public boolean isTerminating()
method public boolean isUpgradedFromBefore(hudson.util.VersionNumber)
method public boolean isUsageStatisticsCollected()
method public boolean isUseCrumbs()
method public boolean isUseProjectNamingStrategy()
method public boolean isUseSecurity()
method public boolean shouldShowStackTrace()
method public boolean updateNode(hudson.model.Node) throws java.io.IOException
method public com.google.inject.Injector getInjector()
method public final <T extends hudson.model.Item> T getItem(java.lang.String,hudson.model.Item,java.lang.Class<T>)
method public final <T extends hudson.model.Item> T getItem(java.lang.String,hudson.model.ItemGroup,java.lang.Class<T>)
method public final hudson.model.Item getItem(java.lang.String,hudson.model.Item)
method public hudson.ExtensionList getExtensionList(java.lang.String) throws java.lang.ClassNotFoundException
method public hudson.FilePath createPath(java.lang.String)
method public hudson.FilePath getRootPath()
method public hudson.FilePath getWorkspaceFor(hudson.model.TopLevelItem)
method public hudson.Launcher createLauncher(hudson.model.TaskListener)
method public hudson.Plugin getPlugin(java.lang.String)
method public hudson.PluginManager getPluginManager()
method public hudson.ProxyConfiguration getProxy()
method public hudson.TcpSlaveAgentListener getTcpSlaveAgentListener()
method public hudson.init.InitMilestone getInitLevel()
method public hudson.lifecycle.Lifecycle getLifecycle()
method public hudson.logging.LogRecorderManager getLog()
method public hudson.markup.MarkupFormatter getMarkupFormatter()
method public hudson.model.AdministrativeMonitor getAdministrativeMonitor(java.lang.String)
method public hudson.model.Api getApi()
method public hudson.model.Computer createComputer()
method public hudson.model.Computer getComputer(java.lang.String)
method public hudson.model.ComputerSet getComputer()
method public hudson.model.Computer[] getComputers()
method public hudson.model.DependencyGraph getDependencyGraph()
method public hudson.model.Descriptor getDescriptor(java.lang.Class<? extends hudson.model.Describable>)
method public hudson.model.Descriptor getDescriptor(java.lang.String)
method public hudson.model.Descriptor getDescriptorByName(java.lang.String)
method public hudson.model.Descriptor getDescriptorOrDie(java.lang.Class<? extends hudson.model.Describable>)
method public hudson.model.Descriptor<hudson.scm.RepositoryBrowser<?>> getRepositoryBrowser(java.lang.String)
method public hudson.model.Descriptor<hudson.scm.SCM> getScm(java.lang.String)
method public hudson.model.Descriptor<hudson.security.SecurityRealm> getSecurityRealms(java.lang.String)
method public hudson.model.Descriptor<hudson.slaves.RetentionStrategy<?>> getRetentionStrategy(java.lang.String)
method public hudson.model.Descriptor<hudson.tasks.BuildWrapper> getBuildWrapper(java.lang.String)
method public hudson.model.Descriptor<hudson.tasks.Builder> getBuilder(java.lang.String)
method public hudson.model.Descriptor<hudson.tasks.Publisher> getPublisher(java.lang.String)
method public hudson.model.DirectoryBrowserSupport doUserContent()
method public hudson.model.Fingerprint _getFingerprint(java.lang.String) throws java.io.IOException
method public hudson.model.FingerprintMap getFingerprintMap()
method public hudson.model.Item getItem(java.lang.String,hudson.model.ItemGroup)
method public hudson.model.Item getItemByFullName(java.lang.String)
method public hudson.model.JDK getJDK(java.lang.String)
method public hudson.model.JobPropertyDescriptor getJobProperty(java.lang.String)
method public hudson.model.Label getLabel(java.lang.String)
method public hudson.model.Node getNode(java.lang.String)
method public hudson.model.Node getOrLoadNode(java.lang.String)
method public hudson.model.Node.Mode getMode()
method public hudson.model.Queue getQueue()
method public hudson.model.Slave.JnlpJar doJnlpJars(org.kohsuke.stapler.StaplerRequest2)
method public hudson.model.Slave.JnlpJar getJnlpJars(java.lang.String)
method public hudson.model.TopLevelItem createProject(hudson.model.TopLevelItemDescriptor,java.lang.String) throws java.io.IOException
method public hudson.model.TopLevelItem createProject(hudson.model.TopLevelItemDescriptor,java.lang.String,boolean) throws java.io.IOException
method public hudson.model.TopLevelItem createProjectFromXML(java.lang.String,java.io.InputStream) throws java.io.IOException
method public hudson.model.TopLevelItem doCreateItem(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public hudson.model.TopLevelItem getItem(java.lang.String) throws org.springframework.security.access.AccessDeniedException
method public hudson.model.UpdateCenter getUpdateCenter()
method public hudson.model.User getMe()
method public hudson.model.User getUser(java.lang.String)
method public hudson.model.View getPrimaryView()
method public hudson.model.View getStaplerFallback()
method public hudson.model.View getView(java.lang.String)
method public hudson.model.labels.LabelAtom getLabelAtom(java.lang.String)
method public hudson.model.labels.LabelAtom getSelfLabel()
method public hudson.model.labels.LabelAtom tryGetLabelAtom(java.lang.String)
method public hudson.remoting.Callable<hudson.util.ClockDifference,java.io.IOException> getClockDifferenceCallable()
method public hudson.search.SearchIndexBuilder makeSearchIndex()
method public hudson.security.ACL getACL()
method public hudson.security.AuthorizationStrategy getAuthorizationStrategy()
method public hudson.security.FederatedLoginService getFederatedLoginService(java.lang.String)
method public hudson.security.SecurityMode getSecurity()
method public hudson.security.SecurityRealm getSecurityRealm()
method public hudson.security.csrf.CrumbIssuer getCrumbIssuer()
method public hudson.slaves.Cloud getCloud(java.lang.String)
method public hudson.slaves.NodeDescriptor getDescriptor()
method public hudson.triggers.TriggerDescriptor getTrigger(java.lang.String)
method public hudson.util.ClockDifference getClockDifference()
method public hudson.util.ComboBoxModel doFillJobNameItems()
method public hudson.util.CopyOnWriteList<hudson.model.listeners.SCMListener> getSCMListeners()
method public hudson.util.DescribableList<hudson.slaves.NodeProperty<?>,hudson.slaves.NodePropertyDescriptor> getGlobalNodeProperties()
method public hudson.util.DescribableList<hudson.slaves.NodeProperty<?>,hudson.slaves.NodePropertyDescriptor> getNodeProperties()
method public hudson.util.FormValidation checkDisplayName(java.lang.String,hudson.model.TopLevelItem)
method public hudson.util.FormValidation doCheckDisplayName(java.lang.String,java.lang.String)
method public hudson.util.FormValidation doCheckURIEncoding(org.kohsuke.stapler.StaplerRequest2) throws java.io.IOException
method public hudson.util.FormValidation doCheckViewName(java.lang.String)
method public hudson.util.FormValidation doDefaultJDKCheck(org.kohsuke.stapler.StaplerRequest2,java.lang.String)
method public hudson.util.FormValidation doViewExistsCheck(java.lang.String)
method public hudson.util.RemotingDiagnostics.HeapDump getHeapDump() throws java.io.IOException
method public hudson.views.MyViewsTabBar getMyViewsTabBar()
method public hudson.views.ViewsTabBar getViewsTabBar()
method public int getNumExecutors()
method public int getQuietPeriod()
method public int getScmCheckoutRetryCount()
method public int getSlaveAgentPort()
method public jakarta.servlet.ServletContext getServletContext()
method public java.io.File getBuildDirFor(hudson.model.Job)
method public java.io.File getRootDir()
method public java.io.File getRootDirFor(hudson.model.TopLevelItem)
method public java.lang.Boolean isNoUsageStatistics()
method public java.lang.Object getDynamic(java.lang.String)
method public java.lang.Object getFingerprint(java.lang.String) throws java.io.IOException
method public java.lang.Object getTarget()
method public java.lang.String getConfiguredRootUrl()
method public java.lang.String getDescription()
method public java.lang.String getDisplayName()
method public java.lang.String getFullDisplayName()
method public java.lang.String getFullName()
method public java.lang.String getLabelString()
method public java.lang.String getLegacyInstanceId()
method public java.lang.String getNodeDescription()
method public java.lang.String getQuietDownReason()
method public java.lang.String getRawBuildsDir()
method public java.lang.String getRawWorkspaceDir()
method public java.lang.String getRootUrl() throws java.lang.IllegalStateException
method public java.lang.String getRootUrlFromRequest()
method public java.lang.String getSearchUrl()
method public java.lang.String getSecretKey()
method public java.lang.String getSystemMessage()
method public java.lang.String getUrlChildPrefix()
method public java.util.Collection<hudson.model.Computer> getComputersCollection()
method public java.util.Collection<hudson.model.View> getViews()
method public java.util.Collection<java.lang.String> getJobNames()
method public java.util.Collection<java.lang.String> getTopLevelItemNames()
method public java.util.Collection<java.lang.String> getUnprotectedRootActions()
method public java.util.List<hudson.model.Action> getActions()
method public java.util.List<hudson.model.Action> getViewActions()
method public java.util.List<hudson.model.AdministrativeMonitor> getActiveAdministrativeMonitors()
method public java.util.List<hudson.model.JDK> getJDKs()
method public java.util.List<hudson.model.ManagementLink> getManagementLinks()
method public java.util.List<hudson.model.Node> getNodes()
method public java.util.List<hudson.model.Project> getProjects()
method public java.util.List<hudson.model.TopLevelItem> getItems()
method public java.util.List<hudson.model.TopLevelItem> getItems(java.util.function.Predicate<hudson.model.TopLevelItem>)
method public java.util.List<hudson.security.FederatedLoginService> getFederatedLoginServices()
method public java.util.List<hudson.widgets.Widget> getWidgets()
method public java.util.Map<hudson.model.ManagementLink.Category,java.util.List<hudson.model.ManagementLink>> getCategorizedManagementLinks()
method public java.util.Map<java.lang.String,hudson.model.TopLevelItem> getItemMap()
method public java.util.Map<java.lang.String,java.util.Map<java.lang.String,java.lang.String>> getAllThreadDumps() throws java.io.IOException,java.lang.InterruptedException
method public java.util.Set<hudson.model.Label> getLabels()
method public java.util.Set<hudson.model.labels.LabelAtom> getLabelAtoms()
method public java.util.Set<java.lang.String> getAgentProtocols()
method public java.util.concurrent.Future<hudson.model.DependencyGraph> getFutureDependencyGraph()
method public java.util.concurrent.Future<hudson.model.DependencyGraph> rebuildDependencyGraphAsync()
method public javax.crypto.SecretKey getSecretKeyAsAES128()
method public jenkins.agents.CloudSet getCloud()
method public jenkins.install.InstallState getInstallState()
method public jenkins.install.SetupWizard getSetupWizard()
method public jenkins.model.Jenkins getItemGroup()
method public jenkins.model.ModelObjectWithContextMenu.ContextMenu doChildrenContextMenu(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.lang.Exception
method public jenkins.model.ModelObjectWithContextMenu.ContextMenu doContextMenu(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException,org.apache.commons.jelly.JellyException
method public jenkins.model.Nodes getNodesObject()
method public jenkins.model.ProjectNamingStrategy getProjectNamingStrategy()
method public org.kohsuke.stapler.HttpRedirect doCancelQuietDown()
method public org.kohsuke.stapler.HttpRedirect doQuietDown()
method public org.kohsuke.stapler.HttpRedirect doQuietDown(boolean,int)
method public org.kohsuke.stapler.HttpRedirect doQuietDown(boolean,int,java.lang.String) throws java.io.IOException,java.lang.InterruptedException
method public org.kohsuke.stapler.HttpRedirect doQuietDown(boolean,int,java.lang.String,boolean) throws java.io.IOException,java.lang.InterruptedException
method public org.kohsuke.stapler.HttpResponse doReload() throws java.io.IOException
method public org.kohsuke.stapler.HttpResponse doSafeExit(org.kohsuke.stapler.StaplerRequest) throws java.io.IOException
method public org.kohsuke.stapler.HttpResponse doSafeExit(org.kohsuke.stapler.StaplerRequest2) throws java.io.IOException
method public org.kohsuke.stapler.HttpResponse doSafeRestart(org.kohsuke.stapler.StaplerRequest) throws hudson.lifecycle.RestartNotSupportedException,jakarta.servlet.ServletException,java.io.IOException
method public org.kohsuke.stapler.HttpResponse doSafeRestart(org.kohsuke.stapler.StaplerRequest,java.lang.String) throws hudson.lifecycle.RestartNotSupportedException,java.io.IOException,javax.servlet.ServletException
method public org.kohsuke.stapler.HttpResponse doSafeRestart(org.kohsuke.stapler.StaplerRequest2,java.lang.String) throws hudson.lifecycle.RestartNotSupportedException,jakarta.servlet.ServletException,java.io.IOException
method public org.kohsuke.stapler.HttpResponse doToggleCollapse() throws jakarta.servlet.ServletException,java.io.IOException
method public org.kohsuke.stapler.framework.adjunct.AdjunctManager getAdjuncts(java.lang.String)
method public static <T> T lookup(java.lang.Class<T>)
method public static boolean isCheckURIEncodingEnabled()
method public static hudson.util.VersionNumber getStoredVersion()
method public static hudson.util.VersionNumber getVersion()
method public static java.lang.String expandVariablesForDirectory(java.lang.String,java.lang.String,java.lang.String)
method public static jenkins.model.Jenkins get() throws java.lang.IllegalStateException
method public static jenkins.model.Jenkins getActiveInstance() throws java.lang.IllegalStateException
method public static jenkins.model.Jenkins getInstance()
method public static jenkins.model.Jenkins getInstanceOrNull()
method public static org.acegisecurity.Authentication getAuthentication()
method public static org.springframework.security.core.Authentication getAuthentication2()
method public static void _doScript(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse,javax.servlet.RequestDispatcher,hudson.remoting.VirtualChannel,hudson.security.ACL) throws java.io.IOException,javax.servlet.ServletException
method public static void _doScript(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2,jakarta.servlet.RequestDispatcher,hudson.remoting.VirtualChannel,hudson.security.ACL) throws jakarta.servlet.ServletException,java.io.IOException
method public static void checkGoodName(java.lang.String) throws hudson.model.Failure
method public void addNode(hudson.model.Node) throws java.io.IOException
method public void addView(hudson.model.View) throws java.io.IOException
method public void cleanUp()
method public void deleteView(hudson.model.View) throws java.io.IOException
method public void disableSecurity()
method public void doClassicThreadDump(org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doConfigSubmit(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws hudson.model.Descriptor.FormException,jakarta.servlet.ServletException,java.io.IOException
method public void doCreateView(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws hudson.model.Descriptor.FormException,jakarta.servlet.ServletException,java.io.IOException
method public void doDoFingerprintCheck(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doEval(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doExit(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doFingerprintCleanup(org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doGc(org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doIconSize(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doLoginEntry(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doLogout(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void doLogout(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doResources(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doRestart(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws hudson.lifecycle.RestartNotSupportedException,jakarta.servlet.ServletException,java.io.IOException
method public void doScript(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void doScript(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doScriptText(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void doScriptText(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doSecured(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doSignup(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doSimulateOutOfMemory() throws java.io.IOException
method public void doSubmitDescription(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doTestPost(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doWorkspaceCleanup(org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void generateNotFoundResponse(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void load() throws java.io.IOException
method public void loadNode(java.io.File) throws java.io.IOException
method public void onDeleted(hudson.model.TopLevelItem) throws java.io.IOException
method public void onRenamed(hudson.model.TopLevelItem,java.lang.String,java.lang.String) throws java.io.IOException
method public void onViewRenamed(hudson.model.View,java.lang.String,java.lang.String)
method public void putItem(hudson.model.TopLevelItem) throws java.io.IOException,java.lang.InterruptedException
method public void rebuildDependencyGraph()
method public void refreshExtensions() throws jenkins.ExtensionRefreshException
method public void reload() throws java.io.IOException,java.lang.InterruptedException,org.jvnet.hudson.reactor.ReactorException
method public void remove(hudson.model.TopLevelItem) throws java.io.IOException,java.lang.IllegalArgumentException
method public void removeNode(hudson.model.Node) throws java.io.IOException
method public void restart() throws hudson.lifecycle.RestartNotSupportedException
method public void safeRestart() throws hudson.lifecycle.RestartNotSupportedException
method public void safeRestart(java.lang.String) throws hudson.lifecycle.RestartNotSupportedException
method public void save() throws java.io.IOException
method public void setAgentProtocols(java.util.Set<java.lang.String>)
method public void setAuthorizationStrategy(hudson.security.AuthorizationStrategy)
method public void setCrumbIssuer(hudson.security.csrf.CrumbIssuer)
method public void setDisableRememberMe(boolean)
method public void setInstallState(jenkins.install.InstallState)
method public void setJDKs(java.util.Collection<? extends hudson.model.JDK>)
method public void setLabelString(java.lang.String) throws java.io.IOException
method public void setLog(hudson.logging.LogRecorderManager)
method public void setMarkupFormatter(hudson.markup.MarkupFormatter)
method public void setMode(hudson.model.Node.Mode) throws java.io.IOException
method public void setMyViewsTabBar(hudson.views.MyViewsTabBar)
method public void setNoUsageStatistics(java.lang.Boolean) throws java.io.IOException
method public void setNodeName(java.lang.String)
method public void setNodes(java.util.List<? extends hudson.model.Node>) throws java.io.IOException
method public void setNumExecutors(int) throws java.io.IOException,java.lang.IllegalArgumentException
method public void setPrimaryView(hudson.model.View)
method public void setProjectNamingStrategy(jenkins.model.ProjectNamingStrategy)
method public void setProxy(hudson.ProxyConfiguration)
method public void setQuietPeriod(java.lang.Integer) throws java.io.IOException
method public void setRawBuildsDir(java.lang.String)
method public void setScmCheckoutRetryCount(int) throws java.io.IOException
method public void setSecurityRealm(hudson.security.SecurityRealm)
method public void setSlaveAgentPort(int) throws java.io.IOException
method public void setSystemMessage(java.lang.String) throws java.io.IOException
method public void setViews(java.util.Collection<hudson.model.View>) throws java.io.IOException
method public void setViewsTabBar(hudson.views.ViewsTabBar)
method public void unloadNode(hudson.model.Node)
method static void checkRawBuildsDir(java.lang.String) throws jenkins.model.InvalidBuildsDir
method void performRenameMigration() throws java.io.IOException
method void trimLabels()
method void trimLabels(hudson.model.Node[]...)
