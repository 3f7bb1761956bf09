package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. Source: jenkinsci/lib-symbol-annotation src/main/java/org/jenkinsci/Symbol.java @8a5658c5
 * (artifact org.jenkins-ci:symbol-annotation:1.25, a core dependency). The real annotation is also
 * {@code @org.jvnet.hudson.annotation_indexer.Indexed}; the indexer is not on Maven Central.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
