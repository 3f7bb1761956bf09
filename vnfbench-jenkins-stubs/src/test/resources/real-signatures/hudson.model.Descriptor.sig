# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/Descriptor.java
type public abstract class hudson.model.Descriptor<T extends hudson.model.Describable<T>>
implements jenkins.model.Loadable
implements hudson.model.Saveable
implements jenkins.util.io.OnMaster
all-supertypes hudson.model.Saveable jenkins.model.Loadable jenkins.util.io.OnMaster
constructor protected ()
constructor protected (java.lang.Class<? extends T>)
field private final transient java.util.Map<java.lang.String,hudson.model.Descriptor.HelpRedirect> helpRedirect
field private final transient java.util.Map<java.lang.String,hudson.util.FormValidation.CheckMethod> checkMethods
field private static final java.util.logging.Logger LOGGER
field private transient volatile java.util.Map<java.lang.String,hudson.model.Descriptor.PropertyType> globalPropertyTypes
field private transient volatile java.util.Map<java.lang.String,hudson.model.Descriptor.PropertyType> propertyTypes
field public final transient java.lang.Class<? extends T> clazz
method protected final java.lang.String getViewPage(java.lang.Class<?>,java.lang.String)
method protected hudson.PluginWrapper getPlugin()
method protected hudson.XmlFile getConfigFile()
method protected java.util.List<java.lang.String> getPossibleViewNames(java.lang.String)
method protected static java.lang.Class self()
method protected void addHelpFileRedirect(java.lang.String,java.lang.Class<? extends hudson.model.Describable>,java.lang.String)
method public T newInstance(org.kohsuke.stapler.StaplerRequest) throws hudson.model.Descriptor.FormException
method public T newInstance(org.kohsuke.stapler.StaplerRequest,net.sf.json.JSONObject) throws hudson.model.Descriptor.FormException
method public T newInstance(org.kohsuke.stapler.StaplerRequest2,net.sf.json.JSONObject) throws hudson.model.Descriptor.FormException
method public boolean configure(org.kohsuke.stapler.StaplerRequest) throws hudson.model.Descriptor.FormException
method public boolean configure(org.kohsuke.stapler.StaplerRequest,net.sf.json.JSONObject) throws hudson.model.Descriptor.FormException
method public boolean configure(org.kohsuke.stapler.StaplerRequest2,net.sf.json.JSONObject) throws hudson.model.Descriptor.FormException
method public final boolean isInstance(T)
method public final boolean isSubTypeOf(java.lang.Class)
method public final java.lang.String getDescriptorFullUrl()
method public final java.lang.String getJsonSafeClassName()
method public hudson.model.Descriptor.PropertyType getGlobalPropertyType(java.lang.String)
method public hudson.model.Descriptor.PropertyType getPropertyType(java.lang.Object,java.lang.String)
method public hudson.model.Descriptor.PropertyType getPropertyType(java.lang.String)
method public hudson.model.Descriptor.PropertyType getPropertyTypeOrDie(java.lang.Object,java.lang.String)
method public hudson.security.Permission getRequiredGlobalConfigPagePermission()
method public hudson.util.FormValidation.CheckMethod getCheckMethod(java.lang.String)
method public java.lang.Class<T> getT()
method public java.lang.String getCheckUrl(java.lang.String)
method public java.lang.String getConfigPage()
method public java.lang.String getDescriptorUrl()
method public java.lang.String getDisplayName()
method public java.lang.String getGlobalConfigPage()
method public java.lang.String getHelpFile()
method public java.lang.String getHelpFile(java.lang.String)
method public java.lang.String getHelpFile(org.kohsuke.stapler.lang.Klass<?>,java.lang.String)
method public java.lang.String getId()
method public jenkins.model.GlobalConfigurationCategory getCategory()
method public org.kohsuke.stapler.lang.Klass<?> getKlass()
method public static <T extends hudson.model.Describable<T>> java.util.List<T> newInstancesFromHeteroList(org.kohsuke.stapler.StaplerRequest,java.lang.Object,java.util.Collection<? extends hudson.model.Descriptor<T>>) throws hudson.model.Descriptor.FormException
method public static <T extends hudson.model.Describable<T>> java.util.List<T> newInstancesFromHeteroList(org.kohsuke.stapler.StaplerRequest,net.sf.json.JSONObject,java.lang.String,java.util.Collection<? extends hudson.model.Descriptor<T>>) throws hudson.model.Descriptor.FormException
method public static <T extends hudson.model.Describable<T>> java.util.List<T> newInstancesFromHeteroList(org.kohsuke.stapler.StaplerRequest2,java.lang.Object,java.util.Collection<? extends hudson.model.Descriptor<T>>) throws hudson.model.Descriptor.FormException
method public static <T extends hudson.model.Describable<T>> java.util.List<T> newInstancesFromHeteroList(org.kohsuke.stapler.StaplerRequest2,net.sf.json.JSONObject,java.lang.String,java.util.Collection<? extends hudson.model.Descriptor<T>>) throws hudson.model.Descriptor.FormException
method public static <T extends hudson.model.Describable<T>> java.util.Map<hudson.model.Descriptor<T>,T> toMap(java.lang.Iterable<T>)
method public static <T extends hudson.model.Descriptor> T find(java.util.Collection<? extends T>,java.lang.String)
method public static <T extends hudson.model.Descriptor> T findByDescribableClassName(java.util.Collection<? extends T>,java.lang.String)
method public static <T extends hudson.model.Descriptor> T findById(java.util.Collection<? extends T>,java.lang.String)
method public static <T> T bindJSON(org.kohsuke.stapler.StaplerRequest,java.lang.Class<T>,net.sf.json.JSONObject)
method public static <T> T bindJSON(org.kohsuke.stapler.StaplerRequest2,java.lang.Class<T>,net.sf.json.JSONObject)
method public static <T> T[] toArray(T[]...)
method public static <T> java.util.List<T> toList(T[]...)
method public static hudson.model.Descriptor find(java.lang.String)
method public static java.lang.String getCurrentDescriptorByNameUrl()
method public static java.net.URL getStaticHelpUrl(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.lang.Klass<?>,java.lang.String)
method public static java.net.URL getStaticHelpUrl(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.lang.Klass<?>,java.lang.String)
method public void calcAutoCompleteSettings(java.lang.String,java.util.Map<java.lang.String,java.lang.Object>)
method public void calcFillSettings(java.lang.String,java.util.Map<java.lang.String,java.lang.Object>)
method public void doHelp(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void doHelp(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void load()
method public void save()
