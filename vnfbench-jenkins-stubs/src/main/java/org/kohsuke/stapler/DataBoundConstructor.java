package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stand-in. Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/DataBoundConstructor.java @2050.v425108fd5089 (Stapler in core 2.541.3). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.CONSTRUCTOR})
@Documented
public @interface DataBoundConstructor {
}
