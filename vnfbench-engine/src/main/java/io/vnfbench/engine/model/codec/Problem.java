package io.vnfbench.engine.model.codec;

/**
 * One thing wrong (or worth a warning) in a document, and where: source name, line, column and YANG path.
 *
 * @param yangPath the path of the offending node, e.g. {@code /inputs/vnfbd/scenario/nodes[id='d2']/resources}
 */
public record Problem(String source, Location location, String yangPath, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (location != null && location.line() > 0) {
            sb.append(':').append(location.line()).append(':').append(location.column());
        }
        sb.append(": ");
        if (yangPath != null && !yangPath.isEmpty()) {
            sb.append(yangPath).append(": ");
        }
        return sb.append(message).toString();
    }
}
