package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/ExtensionList.java @jenkins-2.541.3 (lookupSingleton, L436-486).
 * Only the static look-up the glue uses; the list itself is never populated outside Jenkins.
 */
public class ExtensionList<T> extends AbstractList<T> {

    private ExtensionList() {
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("stand-in: extensions exist only inside Jenkins");
    }

    @Override
    public T get(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
        return 0;
    }
}
