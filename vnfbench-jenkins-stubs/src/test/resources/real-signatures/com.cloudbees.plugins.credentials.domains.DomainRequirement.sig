# jenkinsci/credentials-plugin@d96751bcc06de7da229c321370456ea1cf7ca4ac d96751bcc06de7da229c321370456ea1cf7ca4ac src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java
type public class com.cloudbees.plugins.credentials.domains.DomainRequirement
implements hudson.ExtensionPoint
implements java.io.Serializable
all-supertypes hudson.ExtensionPoint java.io.Serializable
constructor public ()
field private static final long serialVersionUID
