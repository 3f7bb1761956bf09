/**
 * History of performance profiles reduced to compact per-run summaries, and the series that trend, profile and matrix
 * charts are drawn from. Pure data, except {@link io.vnfbench.engine.trend.HistoryLoader}, the one reader of a history
 * of runs from files (summaries and VNF-BRs, for trends and the gate's baselines alike). No chart library.
 */
@DefaultAnnotation(NonNull.class)
package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
