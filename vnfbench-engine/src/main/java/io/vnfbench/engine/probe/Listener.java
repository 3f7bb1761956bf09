package io.vnfbench.engine.probe;

/**
 * A Monitor's passive tool: it samples the SUT or its host (CPU, memory, counters) while the probers run,
 * usually as a series. A ServiceLoader service.
 */
public interface Listener extends Tool {
    @Override
    default ToolKind kind() {
        return ToolKind.LISTENER;
    }
}
