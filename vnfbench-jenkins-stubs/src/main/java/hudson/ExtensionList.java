package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/ExtensionList.java @jenkins-2.541.3 (add L262, remove L203,
 * lookup L436, lookupSingleton L452). Outside Jenkins nothing discovers {@code @Extension}s, so each type's list holds what
 * was put into it with the (deprecated, but real) {@link #add} — how a unit test registers an extension. One list per
 * type for the whole JVM, as {@code lookup} gives one per type for the running Jenkins.
 */
public class ExtensionList<T> extends AbstractList<T> {

    private static final Map<Class<?>, ExtensionList<?>> LISTS = new ConcurrentHashMap<>();

    private final List<T> legacyInstances = new CopyOnWriteArrayList<>();

    private ExtensionList() {
    }

    @SuppressWarnings("unchecked")
    public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
        return (ExtensionList<T>) LISTS.computeIfAbsent(type, t -> new ExtensionList<>());
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        ExtensionList<U> all = lookup(type);
        if (all.size() != 1) {
            throw new IllegalStateException("Expected 1 instance of " + type.getName() + " but got " + all.size());
        }
        return all.get(0);
    }

    @Override
    @Deprecated
    public boolean add(T t) {
        return legacyInstances.add(t);
    }

    @Override
    public boolean remove(Object o) {
        return legacyInstances.remove(o);
    }

    @Override
    public T get(int index) {
        return legacyInstances.get(index);
    }

    @Override
    public int size() {
        return legacyInstances.size();
    }
}
