package io.vnfbench.engine.verify;

import java.util.OptionalDouble;

/**
 * Further candidate samples of one Test key × metric, one per extra Trial, for the sequential rule. Empty when no more
 * Trials can be run (time budget, cancellation, no Manager attached).
 */
@FunctionalInterface
public interface SampleSupply {
    OptionalDouble next();

    /** A supply that never gives more: the sequential rule then decides on what it has. */
    static SampleSupply none() {
        return OptionalDouble::empty;
    }
}
