package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

/** Stand-in. Source: jenkinsci/jenkins core/src/main/java/jenkins/model/TransientActionFactory.java @jenkins-2.541.3. */
public abstract class TransientActionFactory<T> implements ExtensionPoint {

    public abstract Class<T> type();

    public Class<? extends Action> actionType() {
        return Action.class;
    }

    public abstract @NonNull Collection<? extends Action> createFor(@NonNull T target);
}
