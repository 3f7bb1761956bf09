/**
 * The Prober and Listener SPI: {@link io.vnfbench.engine.probe.Tool}s with declared parameters, run once per
 * {@link io.vnfbench.engine.probe.ToolContext} into a {@link io.vnfbench.engine.probe.ProbeResult}, found by name in
 * the {@link io.vnfbench.engine.probe.ProbeRegistry}; the {@link io.vnfbench.engine.probe.CancellationToken} every
 * wait of a run observes; and a {@link io.vnfbench.engine.probe.CommandRunner} that owns the processes tools start.
 * Implementations extend the abstract {@code ToolContractTest} in the engine's test sources.
 */
@DefaultAnnotation(NonNull.class)
package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
