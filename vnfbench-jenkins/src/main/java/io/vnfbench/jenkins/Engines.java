package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * The engine the pages use when they load files lazily. Production code always gets {@link EngineAdapter}; unit tests
 * put a double in place and restore it.
 */
final class Engines {

    @CheckForNull
    private static volatile Engine current = EngineAdapter.INSTANCE;

    private Engines() {
    }

    @CheckForNull
    static Engine current() {
        return current;
    }

    static void use(Engine engine) {
        current = engine;
    }

    static void reset() {
        current = EngineAdapter.INSTANCE;
    }
}
