package io.vnfbench.engine.model;

/** One key/value of a series metric (e.g. a timestamp and a sample). */
public record SeriesPoint(@Key String key, String value) {
}
