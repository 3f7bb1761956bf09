package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stand-in. Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java @2050.v425108fd5089.
 * The glue uses the servlet methods (getParameter) and getRestOfPath; Stapler's other members are omitted.
 */
public interface StaplerRequest2 extends HttpServletRequest {
    String getRestOfPath();
}
