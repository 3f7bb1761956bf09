# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/util/ListBoxModel.java
type public class hudson.util.ListBoxModel
extends java.util.ArrayList<hudson.util.ListBoxModel.Option>
implements org.kohsuke.stapler.HttpResponse
all-supertypes java.io.Serializable java.lang.Cloneable java.lang.Iterable java.util.AbstractCollection java.util.AbstractList java.util.ArrayList java.util.Collection java.util.List java.util.RandomAccess org.kohsuke.stapler.HttpResponse
constructor public ()
constructor public (hudson.util.ListBoxModel.Option[]...)
constructor public (int)
constructor public (java.util.Collection<hudson.util.ListBoxModel.Option>)
method public hudson.util.ListBoxModel add(java.lang.String)
method public hudson.util.ListBoxModel.Option[] values()
method public void add(hudson.model.ModelObject,java.lang.String)
method public void add(java.lang.String,java.lang.String)
method public void generateResponse(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2,java.lang.Object) throws jakarta.servlet.ServletException,java.io.IOException
method public void writeTo(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void writeTo(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
