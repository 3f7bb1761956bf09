package io.vnfbench.jenkins;

/**
 * The engine the pages use when they load files lazily. Production code always gets {@link EngineAdapter}; unit tests
 * put a double in place and restore it.
 */
final class Engines {

    private static volatile Engine current = EngineAdapter.INSTANCE;

    private Engines() {
    }

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
