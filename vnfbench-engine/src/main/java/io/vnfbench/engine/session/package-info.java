/**
 * The engine's use cases: validate, plan and run a VNF-BR, gate a run against a baseline, archive a run for a CI
 * server's pages, and write reports. The front ends (the {@code vnfbench} command and the Jenkins plugin) call only
 * this package (with {@code model} for documents and {@code render} for pages), so both read, plan, run, gate and
 * report the same way: the same warnings, the same located errors, the same files and the same verdicts
 * (docs/architecture.md). Entry point: {@link io.vnfbench.engine.session.Benchmarks}.
 */
@DefaultAnnotation(NonNull.class)
package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
