# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/Extension.java
type public @interface hudson.Extension @Retention[RUNTIME] @Target[FIELD, METHOD, TYPE]
all-supertypes 
element public abstract boolean optional() default
element public abstract double ordinal() default
element public abstract jenkins.YesNoMaybe dynamicLoadable() default
