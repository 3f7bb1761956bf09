package io.vnfbench.engine.model;

/** The tool that produced an evaluation, and the exact call. */
public record Source(String id, String name, String type, String version, String call) {
}
