package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.TransientActionFactory;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Actionable.java @jenkins-2.541.3.
 * As in core, {@code getAllActions}, {@code getActions(Class)} and {@code getAction(Class)} add the actions of every
 * {@link TransientActionFactory} whose type matches (here: those put into {@code ExtensionList.lookup(TransientActionFactory.class)}),
 * and {@code addOrReplaceAction} replaces only actions of exactly the same class. The real class also extends
 * AbstractModelObject and implements ModelObjectWithContextMenu; omitted.
 */
public abstract class Actionable {

    private final CopyOnWriteArrayList<Action> actions = new CopyOnWriteArrayList<>();

    @Deprecated
    @NonNull
    public List<Action> getActions() {
        return actions;
    }

    @NonNull
    public final List<? extends Action> getAllActions() {
        List<Action> all = new ArrayList<>(actions);
        for (TransientActionFactory<?> taf : factoriesFor(Action.class)) {
            all.addAll(createFor(taf));
        }
        return Collections.unmodifiableList(all);
    }

    @NonNull
    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TransientActionFactory<?> taf : factoriesFor(type)) {
            filter(createFor(taf), type, found);
        }
        filter(actions, type, found);
        return Collections.unmodifiableList(found);
    }

    public void addAction(@NonNull Action a) {
        actions.add(a);
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        List<Action> old = new ArrayList<>(1);
        boolean found = false;
        for (Action a2 : actions) {
            if (!found && a.equals(a2)) {
                found = true;
            } else if (a2.getClass() == a.getClass()) {
                old.add(a2);
            }
        }
        actions.removeAll(old);
        if (!found) {
            addAction(a);
        }
        return !found || !old.isEmpty();
    }

    public boolean removeAction(@Nullable Action a) {
        return a != null && actions.removeAll(Set.of(a));
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
        for (TransientActionFactory<?> taf : factoriesFor(type)) {
            for (Action a : createFor(taf)) {
                if (type.isInstance(a)) {
                    return type.cast(a);
                }
            }
        }
        return null;
    }

    private List<TransientActionFactory<?>> factoriesFor(Class<? extends Action> actionType) {
        List<TransientActionFactory<?>> factories = new ArrayList<>();
        for (TransientActionFactory<?> taf : ExtensionList.lookup(TransientActionFactory.class)) {
            if (taf.type().isAssignableFrom(getClass())
                    && (actionType.isAssignableFrom(taf.actionType()) || taf.actionType().isAssignableFrom(actionType))) {
                factories.add(taf);
            }
        }
        return factories;
    }

    private <T> Collection<? extends Action> createFor(TransientActionFactory<T> taf) {
        Collection<? extends Action> result = taf.createFor(taf.type().cast(this));
        for (Action a : result) {
            if (!taf.actionType().isInstance(a)) {
                return Collections.emptySet();
            }
        }
        return result;
    }

    private static <T extends Action> void filter(Collection<? extends Action> in, Class<T> type, List<T> out) {
        for (Action a : in) {
            if (type.isInstance(a)) {
                out.add(type.cast(a));
            }
        }
    }
}
