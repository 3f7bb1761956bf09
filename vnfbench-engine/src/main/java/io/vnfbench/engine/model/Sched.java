package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** When and how often a tool runs inside a Trial, in seconds (draft: from, until, duration, interval, repeat). */
public record Sched(@Nullable Long from, @Nullable Long until, @Nullable Long duration,
        @Nullable Long interval, @Nullable Long repeat) {
}
