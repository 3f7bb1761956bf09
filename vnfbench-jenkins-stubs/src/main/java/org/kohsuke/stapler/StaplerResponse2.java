package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Stand-in. Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java @2050.v425108fd5089.
 * The glue uses only the servlet methods (setContentType, getOutputStream, sendError, setHeader); Stapler's own members are omitted.
 */
public interface StaplerResponse2 extends HttpServletResponse {
}
