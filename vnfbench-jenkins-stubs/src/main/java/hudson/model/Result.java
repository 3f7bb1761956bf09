package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Result.java @jenkins-2.541.3 (constants at L55).
 * The real class also implements CustomExportedBean; omitted.
 */
public final class Result implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final @NonNull Result SUCCESS = new Result("SUCCESS", BallColor.BLUE, 0, true);
    public static final @NonNull Result UNSTABLE = new Result("UNSTABLE", BallColor.YELLOW, 1, true);
    public static final @NonNull Result FAILURE = new Result("FAILURE", BallColor.RED, 2, true);
    public static final @NonNull Result NOT_BUILT = new Result("NOT_BUILT", BallColor.NOTBUILT, 3, false);
    public static final @NonNull Result ABORTED = new Result("ABORTED", BallColor.ABORTED, 4, false);

    private static final Result[] ALL = {SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED};

    private final @NonNull String name;
    public final int ordinal;
    public final @NonNull BallColor color;
    public final boolean completeBuild;

    private Result(@NonNull String name, @NonNull BallColor color, int ordinal, boolean complete) {
        this.name = name;
        this.color = color;
        this.ordinal = ordinal;
        this.completeBuild = complete;
    }

    public @NonNull Result combine(@NonNull Result that) {
        return this.ordinal < that.ordinal ? that : this;
    }

    public boolean isWorseThan(@NonNull Result that) {
        return this.ordinal > that.ordinal;
    }

    public boolean isWorseOrEqualTo(@NonNull Result that) {
        return this.ordinal >= that.ordinal;
    }

    public boolean isBetterThan(@NonNull Result that) {
        return this.ordinal < that.ordinal;
    }

    public boolean isBetterOrEqualTo(@NonNull Result that) {
        return this.ordinal <= that.ordinal;
    }

    public boolean isCompleteBuild() {
        return completeBuild;
    }

    @Override
    public @NonNull String toString() {
        return name;
    }

    public static @NonNull Result fromString(@NonNull String s) {
        for (Result r : ALL) {
            if (s.equalsIgnoreCase(r.name)) {
                return r;
            }
        }
        return FAILURE;
    }

    private Object readResolve() {
        for (Result r : ALL) {
            if (name.equals(r.name)) {
                return r;
            }
        }
        return FAILURE;
    }
}
