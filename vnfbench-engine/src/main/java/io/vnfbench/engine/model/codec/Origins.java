package io.vnfbench.engine.model.codec;

import java.util.Map;
import java.util.Optional;

/** Where the records of a document were read from, so later stages (the planner) can name file, line and path. */
public final class Origins {
    private final String source;
    private final Map<Object, Binder.Placed> places;

    Origins(String source, Map<Object, Binder.Placed> places) {
        this.source = source;
        this.places = places;
    }

    /** For records built in code rather than read. */
    public static Origins none(String source) {
        return new Origins(source, Map.of());
    }

    public String source() {
        return source;
    }

    public Optional<Location> location(Object record) {
        return Optional.ofNullable(places.get(record)).map(Binder.Placed::location);
    }

    public Optional<String> path(Object record) {
        return Optional.ofNullable(places.get(record)).map(Binder.Placed::path);
    }

    /** A problem about {@code record} (or the document, when its place is unknown). */
    public Problem problem(Object record, String message) {
        Binder.Placed placed = places.get(record);
        return placed == null ? new Problem(source, Location.UNKNOWN, "", message)
                : new Problem(source, placed.location(), placed.path(), message);
    }
}
