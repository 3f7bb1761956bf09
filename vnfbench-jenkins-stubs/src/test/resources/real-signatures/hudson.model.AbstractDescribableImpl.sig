# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/AbstractDescribableImpl.java
type public abstract class hudson.model.AbstractDescribableImpl<T extends hudson.model.AbstractDescribableImpl<T>>
implements hudson.model.Describable<T>
all-supertypes hudson.model.Describable
constructor public ()
