package io.vnfbench.engine.model.codec;

/** A place in a source document: 1-based line and column. */
public record Location(int line, int column) {
    public static final Location UNKNOWN = new Location(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
