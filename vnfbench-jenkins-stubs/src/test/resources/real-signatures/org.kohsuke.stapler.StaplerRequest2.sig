# jenkinsci/stapler@2050.v425108fd5089 425108fd5089c820ffa2e13d33601837ca21f2ff core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java
type public interface org.kohsuke.stapler.StaplerRequest2
implements jakarta.servlet.http.HttpServletRequest
all-supertypes jakarta.servlet.http.HttpServletRequest
method public abstract <T> T bindJSON(java.lang.Class<T>,net.sf.json.JSONObject)
method public abstract <T> T bindJSON(java.lang.reflect.Type,java.lang.Class<T>,java.lang.Object)
method public abstract <T> T bindParameters(java.lang.Class<T>,java.lang.String)
method public abstract <T> T bindParameters(java.lang.Class<T>,java.lang.String,int)
method public abstract <T> T findAncestorObject(java.lang.Class<T>)
method public abstract <T> java.util.List<T> bindJSONToList(java.lang.Class<T>,java.lang.Object)
method public abstract <T> java.util.List<T> bindParametersToList(java.lang.Class<T>,java.lang.String)
method public abstract boolean checkIfModified(java.util.Calendar,org.kohsuke.stapler.StaplerResponse2)
method public abstract boolean checkIfModified(java.util.Date,org.kohsuke.stapler.StaplerResponse2)
method public abstract boolean checkIfModified(long,org.kohsuke.stapler.StaplerResponse2)
method public abstract boolean checkIfModified(long,org.kohsuke.stapler.StaplerResponse2,long)
method public abstract boolean hasParameter(java.lang.String)
method public abstract boolean isJavaScriptProxyCall()
method public abstract jakarta.servlet.RequestDispatcher getView(java.lang.Class,java.lang.String) throws java.io.IOException
method public abstract jakarta.servlet.RequestDispatcher getView(java.lang.Object,java.lang.String) throws java.io.IOException
method public abstract jakarta.servlet.RequestDispatcher getView(org.kohsuke.stapler.lang.Klass<?>,java.lang.String) throws java.io.IOException
method public abstract jakarta.servlet.ServletContext getServletContext()
method public abstract java.lang.String createJavaScriptProxy(java.lang.Object)
method public abstract java.lang.String getOriginalRequestURI()
method public abstract java.lang.String getOriginalRestOfPath()
method public abstract java.lang.String getReferer()
method public abstract java.lang.String getRequestURIWithQueryString()
method public abstract java.lang.String getRestOfPath()
method public abstract java.lang.String getRootPath()
method public abstract java.lang.StringBuffer getRequestURLWithQueryString()
method public abstract java.util.List<org.kohsuke.stapler.Ancestor> getAncestors()
method public abstract net.sf.json.JSONObject getSubmittedForm() throws jakarta.servlet.ServletException
method public abstract org.apache.commons.fileupload.FileItem getFileItem(java.lang.String) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract org.apache.commons.fileupload2.core.FileItem getFileItem2(java.lang.String) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract org.kohsuke.stapler.Ancestor findAncestor(java.lang.Class)
method public abstract org.kohsuke.stapler.Ancestor findAncestor(java.lang.Object)
method public abstract org.kohsuke.stapler.BindInterceptor getBindInterceptor()
method public abstract org.kohsuke.stapler.BindInterceptor setBindInterceptor(org.kohsuke.stapler.BindInterceptor)
method public abstract org.kohsuke.stapler.BindInterceptor setBindInterceptpr(org.kohsuke.stapler.BindInterceptor)
method public abstract org.kohsuke.stapler.BindInterceptor setBindListener(org.kohsuke.stapler.BindInterceptor)
method public abstract org.kohsuke.stapler.Stapler getStapler()
method public abstract org.kohsuke.stapler.StaplerRequest2.RenderOnDemandParameters createJavaScriptProxyParameters(java.lang.Object)
method public abstract org.kohsuke.stapler.WebApp getWebApp()
method public abstract org.kohsuke.stapler.bind.BoundObjectTable getBoundObjectTable()
method public abstract void bindJSON(java.lang.Object,net.sf.json.JSONObject)
method public abstract void bindParameters(java.lang.Object)
method public abstract void bindParameters(java.lang.Object,java.lang.String)
