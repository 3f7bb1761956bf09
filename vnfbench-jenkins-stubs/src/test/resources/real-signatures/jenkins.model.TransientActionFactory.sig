# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/jenkins/model/TransientActionFactory.java
type public abstract class jenkins.model.TransientActionFactory<T>
implements hudson.ExtensionPoint
all-supertypes hudson.ExtensionPoint
constructor public ()
method public abstract java.lang.Class<T> type()
method public abstract java.util.Collection<? extends hudson.model.Action> createFor(T)
method public java.lang.Class<? extends hudson.model.Action> actionType()
method public static java.lang.Iterable<? extends jenkins.model.TransientActionFactory<?>> factoriesFor(java.lang.Class<?>,java.lang.Class<? extends hudson.model.Action>)
