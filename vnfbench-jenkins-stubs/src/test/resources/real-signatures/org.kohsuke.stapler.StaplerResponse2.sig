# jenkinsci/stapler@2050.v425108fd5089 425108fd5089c820ffa2e13d33601837ca21f2ff core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java
type public interface org.kohsuke.stapler.StaplerResponse2
implements jakarta.servlet.http.HttpServletResponse
all-supertypes jakarta.servlet.http.HttpServletResponse
method public abstract int reverseProxyTo(java.net.URL,org.kohsuke.stapler.StaplerRequest2) throws java.io.IOException
method public abstract java.io.OutputStream getCompressedOutputStream(jakarta.servlet.http.HttpServletRequest) throws java.io.IOException
method public abstract java.io.Writer getCompressedWriter(jakarta.servlet.http.HttpServletRequest) throws java.io.IOException
method public abstract net.sf.json.JsonConfig getJsonConfig()
method public abstract void forward(java.lang.Object,java.lang.String,org.kohsuke.stapler.StaplerRequest2) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void forwardToPreviousPage(org.kohsuke.stapler.StaplerRequest2) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void sendRedirect(int,java.lang.String) throws java.io.IOException
method public abstract void sendRedirect2(java.lang.String) throws java.io.IOException
method public abstract void serveExposedBean(org.kohsuke.stapler.StaplerRequest2,java.lang.Object,org.kohsuke.stapler.export.Flavor) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveFile(org.kohsuke.stapler.StaplerRequest2,java.io.InputStream,long,int,java.lang.String) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveFile(org.kohsuke.stapler.StaplerRequest2,java.io.InputStream,long,long,int,java.lang.String) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveFile(org.kohsuke.stapler.StaplerRequest2,java.io.InputStream,long,long,java.lang.String) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveFile(org.kohsuke.stapler.StaplerRequest2,java.io.InputStream,long,long,long,java.lang.String) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveFile(org.kohsuke.stapler.StaplerRequest2,java.net.URL) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveFile(org.kohsuke.stapler.StaplerRequest2,java.net.URL,long) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveLocalizedFile(org.kohsuke.stapler.StaplerRequest2,java.net.URL) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void serveLocalizedFile(org.kohsuke.stapler.StaplerRequest2,java.net.URL,long) throws jakarta.servlet.ServletException,java.io.IOException
method public abstract void setJsonConfig(net.sf.json.JsonConfig)
method public default void serveExposedBean(org.kohsuke.stapler.StaplerRequest2,java.lang.Object,org.kohsuke.stapler.export.ExportConfig) throws jakarta.servlet.ServletException,java.io.IOException
