package io.vnfbench.engine.model;

/** When and how often a tool runs inside a Trial, in seconds (draft: from, until, duration, interval, repeat). */
public record Sched(Long from, Long until, Long duration, Long interval, Long repeat) {
}
