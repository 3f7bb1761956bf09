package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/verb/POST.java @2050.v425108fd5089.
 * The real annotation is also {@code @InterceptorAnnotation(value = HttpVerbInterceptor.class, stage = Stage.SELECTION)}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {
}
