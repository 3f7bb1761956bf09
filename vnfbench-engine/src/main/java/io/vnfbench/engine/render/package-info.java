/**
 * Charts as PNG (JFreeChart 1.0.19, the version Jenkins core bundles) and the HTML report. The only package that
 * imports org.jfree.
 */
package io.vnfbench.engine.render;
