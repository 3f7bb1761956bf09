package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;

/** Null-tolerant list normalisation for record constructors: an absent YANG list is an empty list. */
public final class Lists {
    private Lists() {
    }

    public static <T> List<T> of(@CheckForNull List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
