package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** One key/value of a series metric (e.g. a timestamp and a sample). */
public record SeriesPoint(@Key String key, @Nullable String value) {
}
