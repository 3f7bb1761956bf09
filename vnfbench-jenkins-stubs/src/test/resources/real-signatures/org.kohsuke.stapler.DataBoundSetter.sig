# jenkinsci/stapler@2050.v425108fd5089 425108fd5089c820ffa2e13d33601837ca21f2ff core/src/main/java/org/kohsuke/stapler/DataBoundSetter.java
type public @interface org.kohsuke.stapler.DataBoundSetter @Retention[RUNTIME] @Target[FIELD, METHOD]
all-supertypes 
