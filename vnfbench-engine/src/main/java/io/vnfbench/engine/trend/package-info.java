/**
 * History of performance profiles reduced to compact per-run summaries, and the series that trend, profile and matrix
 * charts are drawn from. Pure data: no chart library, no I/O beyond the summary format.
 */
package io.vnfbench.engine.trend;
