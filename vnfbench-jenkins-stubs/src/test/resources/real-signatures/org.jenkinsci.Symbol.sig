# jenkinsci/lib-symbol-annotation@symbol-annotation-1.25 492047768e07c1e7c788cc1f66a62500ad9ca473 src/main/java/org/jenkinsci/Symbol.java
type public @interface org.jenkinsci.Symbol @Retention[RUNTIME] @Target[TYPE]
all-supertypes 
element public abstract java.lang.String[] value()
