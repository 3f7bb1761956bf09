# jenkinsci/stapler@2050.v425108fd5089 425108fd5089c820ffa2e13d33601837ca21f2ff core/src/main/java/org/kohsuke/stapler/verb/POST.java
type public @interface org.kohsuke.stapler.verb.POST @Target[METHOD] @Retention[RUNTIME]
all-supertypes 
