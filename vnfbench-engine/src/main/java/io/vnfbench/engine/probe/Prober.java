package io.vnfbench.engine.probe;

/** An Agent's active tool: it stimulates the SUT (load, pings) and measures the response. A ServiceLoader service. */
public interface Prober extends Tool {
    @Override
    default ToolKind kind() {
        return ToolKind.PROBER;
    }
}
