# jenkinsci/credentials-plugin@d96751bcc06de7da229c321370456ea1cf7ca4ac d96751bcc06de7da229c321370456ea1cf7ca4ac src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java
type public abstract class com.cloudbees.plugins.credentials.CredentialsProvider
extends hudson.model.Descriptor<com.cloudbees.plugins.credentials.CredentialsProvider>
implements hudson.ExtensionPoint
implements hudson.model.Describable<com.cloudbees.plugins.credentials.CredentialsProvider>
implements org.jenkins.ui.icon.IconSpec
all-supertypes hudson.ExtensionPoint hudson.model.Describable hudson.model.Descriptor hudson.model.Saveable jenkins.model.Loadable jenkins.util.io.OnMaster org.jenkins.ui.icon.IconSpec
constructor public ()
field private static final hudson.security.PermissionScope[] SCOPES
field private static final java.lang.String FINGERPRINT_ENABLED_NAME
field private static final java.util.logging.Logger LOGGER
field public static final com.cloudbees.plugins.credentials.CredentialsProvider NONE
field public static final hudson.security.Permission CREATE
field public static final hudson.security.Permission DELETE
field public static final hudson.security.Permission MANAGE_DOMAINS
field public static final hudson.security.Permission UPDATE
field public static final hudson.security.Permission USE_ITEM
field public static final hudson.security.Permission USE_OWN
field public static final hudson.security.Permission VIEW
field public static final hudson.security.PermissionGroup GROUP
field static boolean FINGERPRINT_ENABLED
method protected boolean _isApplicable(hudson.model.Descriptor<?>)
method public <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> getCredentials(java.lang.Class<C>,hudson.model.Item,org.acegisecurity.Authentication)
method public <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> getCredentials(java.lang.Class<C>,hudson.model.Item,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> getCredentials(java.lang.Class<C>,hudson.model.ItemGroup,org.acegisecurity.Authentication)
method public <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> getCredentials(java.lang.Class<C>,hudson.model.ItemGroup,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> getCredentialsInItem(java.lang.Class<C>,hudson.model.Item,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> getCredentialsInItemGroup(java.lang.Class<C>,hudson.model.ItemGroup,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public <C extends com.cloudbees.plugins.credentials.common.IdCredentials> C getCredentialByIdInItem(java.lang.String,java.lang.Class<C>,hudson.model.Item,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public <C extends com.cloudbees.plugins.credentials.common.IdCredentials> C getCredentialByIdInItemGroup(java.lang.String,java.lang.Class<C>,hudson.model.ItemGroup<?>,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel getCredentialIds(java.lang.Class<C>,hudson.model.Item,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel getCredentialIds(java.lang.Class<C>,hudson.model.ItemGroup,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel getCredentialIdsInItem(java.lang.Class<C>,hudson.model.Item,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel getCredentialIdsInItemGroup(java.lang.Class<C>,hudson.model.ItemGroup,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public boolean isEnabled(java.lang.Object)
method public com.cloudbees.plugins.credentials.CredentialsStore getStore(hudson.model.ModelObject)
method public final boolean hasCredentialsDescriptors()
method public final boolean isApplicable(hudson.model.Descriptor<?>)
method public final boolean isApplicable(java.lang.Class<? extends com.cloudbees.plugins.credentials.Credentials>)
method public final boolean isEnabled()
method public final java.util.List<com.cloudbees.plugins.credentials.CredentialsDescriptor> getCredentialsDescriptors()
method public hudson.model.Descriptor<com.cloudbees.plugins.credentials.CredentialsProvider> getDescriptor()
method public java.lang.String getDisplayName()
method public java.lang.String getIconClassName()
method public java.util.Set<com.cloudbees.plugins.credentials.CredentialsScope> getScopes(hudson.model.ModelObject)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> C snapshot(C)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> C snapshot(java.lang.Class<C>,C)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> C track(hudson.model.Item,C)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> C track(hudson.model.Node,C)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> C track(hudson.model.Run,C)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.Item)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.Item,org.acegisecurity.Authentication)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.Item,org.acegisecurity.Authentication,com.cloudbees.plugins.credentials.domains.DomainRequirement[]...)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.Item,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.ItemGroup)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.ItemGroup,org.acegisecurity.Authentication)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.ItemGroup,org.acegisecurity.Authentication,com.cloudbees.plugins.credentials.domains.DomainRequirement[]...)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,hudson.model.ItemGroup,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentials(java.lang.Class<C>,org.acegisecurity.Authentication)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentialsInItem(java.lang.Class<C>,hudson.model.Item,org.springframework.security.core.Authentication)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentialsInItem(java.lang.Class<C>,hudson.model.Item,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentialsInItemGroup(java.lang.Class<C>,hudson.model.ItemGroup,org.springframework.security.core.Authentication)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> lookupCredentialsInItemGroup(java.lang.Class<C>,hudson.model.ItemGroup,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> trackAll(hudson.model.Item,C[]...)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> trackAll(hudson.model.Item,java.util.List<C>)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> trackAll(hudson.model.Node,C[]...)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> trackAll(hudson.model.Node,java.util.List<C>)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> trackAll(hudson.model.Run,C[]...)
method public static <C extends com.cloudbees.plugins.credentials.Credentials> java.util.List<C> trackAll(hudson.model.Run,java.util.List<C>)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> C findCredentialById(java.lang.String,java.lang.Class<C>,hudson.model.Run<?,?>)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> C findCredentialById(java.lang.String,java.lang.Class<C>,hudson.model.Run<?,?>,com.cloudbees.plugins.credentials.domains.DomainRequirement[]...)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> C findCredentialById(java.lang.String,java.lang.Class<C>,hudson.model.Run<?,?>,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> C findCredentialByIdInItem(java.lang.String,java.lang.Class<C>,hudson.model.Item,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> C findCredentialByIdInItemGroup(java.lang.String,java.lang.Class<C>,hudson.model.ItemGroup<?>,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel listCredentials(java.lang.Class<C>,hudson.model.Item,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel listCredentials(java.lang.Class<C>,hudson.model.ItemGroup,org.acegisecurity.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel listCredentialsInItem(java.lang.Class<C>,hudson.model.Item,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public static <C extends com.cloudbees.plugins.credentials.common.IdCredentials> hudson.util.ListBoxModel listCredentialsInItemGroup(java.lang.Class<C>,hudson.model.ItemGroup,org.springframework.security.core.Authentication,java.util.List<com.cloudbees.plugins.credentials.domains.DomainRequirement>,com.cloudbees.plugins.credentials.CredentialsMatcher)
method public static boolean hasStores(hudson.model.ModelObject)
method public static hudson.DescriptorExtensionList<com.cloudbees.plugins.credentials.Credentials,com.cloudbees.plugins.credentials.CredentialsDescriptor> allCredentialsDescriptors()
method public static hudson.ExtensionList<com.cloudbees.plugins.credentials.CredentialsProvider> all()
method public static hudson.model.Fingerprint getFingerprintOf(com.cloudbees.plugins.credentials.Credentials) throws java.io.IOException
method public static hudson.model.Fingerprint getOrCreateFingerprintOf(com.cloudbees.plugins.credentials.Credentials) throws java.io.IOException
method public static java.lang.Iterable<com.cloudbees.plugins.credentials.CredentialsStore> lookupStores(hudson.model.ModelObject)
method public static java.util.List<com.cloudbees.plugins.credentials.CredentialsProvider> enabled()
method public static java.util.List<com.cloudbees.plugins.credentials.CredentialsProvider> enabled(java.lang.Object)
method public static java.util.Set<com.cloudbees.plugins.credentials.CredentialsScope> lookupScopes(hudson.model.ModelObject)
method public static void saveAll()
method static org.springframework.security.core.Authentication getDefaultAuthenticationOf2(hudson.model.Item)
