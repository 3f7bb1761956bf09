# jenkinsci/stapler@2050.v425108fd5089 425108fd5089c820ffa2e13d33601837ca21f2ff core/src/main/java/org/kohsuke/stapler/DataBoundConstructor.java
type public @interface org.kohsuke.stapler.DataBoundConstructor @Retention[RUNTIME] @Target[CONSTRUCTOR]
all-supertypes 
