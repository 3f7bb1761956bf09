package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Actionable.java @jenkins-2.541.3.
 * The real class extends AbstractModelObject and implements ModelObjectWithContextMenu, and getAction/getAllActions
 * also consult TransientActionFactory; the stand-in keeps the persisted list only.
 */
public abstract class Actionable {

    private final List<Action> actions = new CopyOnWriteArrayList<>();

    @Deprecated
    @NonNull
    public List<Action> getActions() {
        return actions;
    }

    @NonNull
    public final List<? extends Action> getAllActions() {
        return List.copyOf(actions);
    }

    @NonNull
    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Action a : actions) {
            if (type.isInstance(a)) {
                found.add(type.cast(a));
            }
        }
        return found;
    }

    public void addAction(@NonNull Action a) {
        actions.add(a);
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        removeActions(a.getClass());
        actions.add(a);
        return true;
    }

    public boolean removeAction(@Nullable Action a) {
        return a != null && actions.remove(a);
    }

    public boolean removeActions(@NonNull Class<? extends Action> clazz) {
        return actions.removeIf(clazz::isInstance);
    }

    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : actions) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
