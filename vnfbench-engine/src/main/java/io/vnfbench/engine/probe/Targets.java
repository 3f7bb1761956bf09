package io.vnfbench.engine.probe;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The addresses of a deployed scenario as a tool sees them: what a prober parameter such as
 * {@code target: c1-ingress} or {@code server: d3} refers to. Implemented by each environment's deployment.
 */
public interface Targets {

    /**
     * Resolves a reference to an address: a connection-point id ({@code c1-ingress}), {@code node:cp}
     * ({@code d2:input}) or a node id ({@code d3}, its first connection point or its host).
     */
    Optional<Endpoint> endpoint(String reference);

    /** The chains of a chain-topology scenario, in order; empty for scenarios without {@code chains}. */
    List<Chain> chains();

    /** No addresses at all: for tools that need none (the no-op prober, host listeners). */
    static Targets none() {
        return new Targets() {
            @Override
            public Optional<Endpoint> endpoint(String reference) {
                return Optional.empty();
            }

            @Override
            public List<Chain> chains() {
                return List.of();
            }
        };
    }

    /**
     * Where a traffic generator attaches to chain {@code index} (1-based): it sends to {@code ingress},
     * and the chain delivers what leaves it to {@code egress}, the address the generator's receiver binds.
     */
    record Chain(int index, Endpoint ingress, Endpoint egress) {
        public Chain {
            Objects.requireNonNull(ingress, "ingress");
            Objects.requireNonNull(egress, "egress");
        }
    }
}
