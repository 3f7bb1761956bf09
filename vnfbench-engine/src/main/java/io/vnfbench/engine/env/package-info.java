/**
 * The ExecutionEnvironment SPI: an {@link io.vnfbench.engine.env.ExecutionEnvironmentProvider} per orchestrator type
 * (found by {@link io.vnfbench.engine.env.EnvironmentRegistry}, {@code local} by default) deploys an instance's
 * scenario for one Test into a {@link io.vnfbench.engine.env.Deployment}, which exposes addresses, runs tool
 * invocations for agents and monitors, and tears down on close.
 */
@DefaultAnnotation(NonNull.class)
package io.vnfbench.engine.env;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
