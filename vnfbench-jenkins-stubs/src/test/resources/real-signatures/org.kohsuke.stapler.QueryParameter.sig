# jenkinsci/stapler@2050.v425108fd5089 425108fd5089c820ffa2e13d33601837ca21f2ff core/src/main/java/org/kohsuke/stapler/QueryParameter.java
type public @interface org.kohsuke.stapler.QueryParameter @Retention[RUNTIME] @Target[PARAMETER]
all-supertypes 
element public abstract boolean fixEmpty() default
element public abstract boolean required() default
element public abstract java.lang.String value() default
