package io.vnfbench.engine.verify;

/**
 * Supplies the baseline of a verification. The CLI reads a file or a history directory; the Jenkins glue supplies
 * earlier builds (last passing build, median of N builds, the target branch's last passing build) through the same
 * interface, usually by handing its runs to {@link BaselinePolicy#select}.
 */
@FunctionalInterface
public interface BaselineProvider {
    Baseline baseline() throws NoBaselineException;
}
