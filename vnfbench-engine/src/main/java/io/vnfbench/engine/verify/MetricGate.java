package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Direction;

/**
 * One gated metric, validated.
 *
 * @param name     the gate's name (table rows, JUnit test names)
 * @param relative nullable: no relative comparison when the gate has only absolute bounds
 */
public record MetricGate(String name, Selector selector, Direction direction, @CheckForNull Criteria relative, AbsoluteBound bound) {
}
