package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/QueryParameter.java @2050.v425108fd5089.
 * The real annotation is also {@code @InjectedParameter(QueryParameter.HandlerImpl.class)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    String value() default "";

    boolean required() default false;

    boolean fixEmpty() default false;
}
