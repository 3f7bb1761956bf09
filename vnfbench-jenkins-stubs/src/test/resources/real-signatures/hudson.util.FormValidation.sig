# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/util/FormValidation.java
type public abstract class hudson.util.FormValidation
extends java.io.IOException
implements org.kohsuke.stapler.HttpResponse
all-supertypes java.io.IOException java.io.Serializable java.lang.Exception java.lang.Throwable org.kohsuke.stapler.HttpResponse
field private static final hudson.util.FormValidation OK
field public final hudson.util.FormValidation.Kind kind
field static boolean APPLY_CONTENT_SECURITY_POLICY_HEADERS
method protected void respond(org.kohsuke.stapler.StaplerResponse2,java.lang.String) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract java.lang.String renderHtml()
method public static hudson.util.FormValidation aggregate(java.util.Collection<hudson.util.FormValidation>)
method public static hudson.util.FormValidation error(java.lang.String)
method public static hudson.util.FormValidation error(java.lang.String,java.lang.Object[]...)
method public static hudson.util.FormValidation error(java.lang.Throwable,java.lang.String)
method public static hudson.util.FormValidation error(java.lang.Throwable,java.lang.String,java.lang.Object[]...)
method public static hudson.util.FormValidation errorWithMarkup(java.lang.String)
method public static hudson.util.FormValidation ok()
method public static hudson.util.FormValidation ok(java.lang.String)
method public static hudson.util.FormValidation ok(java.lang.String,java.lang.Object[]...)
method public static hudson.util.FormValidation okWithMarkup(java.lang.String)
method public static hudson.util.FormValidation respond(hudson.util.FormValidation.Kind,java.lang.String)
method public static hudson.util.FormValidation validateBase64(java.lang.String,boolean,boolean,java.lang.String)
method public static hudson.util.FormValidation validateExecutable(java.lang.String)
method public static hudson.util.FormValidation validateExecutable(java.lang.String,hudson.util.FormValidation.FileValidator)
method public static hudson.util.FormValidation validateIntegerInRange(java.lang.String,int,int)
method public static hudson.util.FormValidation validateNonNegativeInteger(java.lang.String)
method public static hudson.util.FormValidation validatePositiveInteger(java.lang.String)
method public static hudson.util.FormValidation validateRequired(java.lang.String)
method public static hudson.util.FormValidation warning(java.lang.String)
method public static hudson.util.FormValidation warning(java.lang.String,java.lang.Object[]...)
method public static hudson.util.FormValidation warning(java.lang.Throwable,java.lang.String)
method public static hudson.util.FormValidation warning(java.lang.Throwable,java.lang.String,java.lang.Object[]...)
method public static hudson.util.FormValidation warningWithMarkup(java.lang.String)
method public void generateResponse(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2,java.lang.Object) throws jakarta.servlet.ServletException,java.io.IOException
