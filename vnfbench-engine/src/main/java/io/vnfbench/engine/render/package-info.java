/**
 * Charts as PNG (JFreeChart 1.0.19, the version Jenkins core bundles) and the HTML report. The only package that
 * imports org.jfree.
 */
@DefaultAnnotation(NonNull.class)
package io.vnfbench.engine.render;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
