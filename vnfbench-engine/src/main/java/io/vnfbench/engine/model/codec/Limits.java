package io.vnfbench.engine.model.codec;

/**
 * Bounds that keep a hostile document from exhausting the reader: size, nesting depth, YAML aliases and the number
 * of nodes an alias-expanded YAML document may have. Defaults can be raised with system properties.
 */
public record Limits(long maxBytes, int maxDepth, int maxAliases, long maxNodes) {

    public static final Limits DEFAULT = new Limits(
            Long.getLong("vnfbench.document.maxBytes", 64L * 1024 * 1024),
            Integer.getInteger("vnfbench.document.maxDepth", 64),
            Integer.getInteger("vnfbench.document.maxAliases", 100),
            Long.getLong("vnfbench.document.maxNodes", 5_000_000L));
}
