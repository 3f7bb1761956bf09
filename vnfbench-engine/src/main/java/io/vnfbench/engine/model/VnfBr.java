package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/**
 * VNF Benchmarking Report (draft-rosa-bmwg-vnfbench, module vnf-br).
 *
 * @param verification vnfbench extension: the performance gate and its verdicts (docs/verification.md)
 */
public record VnfBr(@Nullable String id, @Nullable String name, @Nullable String version,
        @Nullable String author, @Nullable String description, @Nullable Vnf vnf,
        @Nullable Environment environment, @Nullable Inputs inputs, List<Output> outputs,
                @Nullable Timestamps timestamp, @Nullable String error,
        @Nullable @Extension Verification verification) {
    public VnfBr {
        outputs = Lists.of(outputs);
    }

    /** A report without a gate, as the draft defines it. */
    public VnfBr(String id, String name, String version, String author, String description, Vnf vnf,
            Environment environment, Inputs inputs, List<Output> outputs, Timestamps timestamp, String error) {
        this(id, name, version, author, description, vnf, environment, inputs, outputs, timestamp, error, null);
    }

    public VnfBr withVerification(Verification newVerification) {
        return new VnfBr(id, name, version, author, description, vnf, environment, inputs, outputs, timestamp, error,
                newVerification);
    }

    public VnfBr withEnvironment(Environment newEnvironment) {
        return new VnfBr(id, name, version, author, description, vnf, newEnvironment, inputs, outputs, timestamp, error,
                verification);
    }

    public VnfBr withOutputs(List<Output> newOutputs) {
        return new VnfBr(id, name, version, author, description, vnf, environment, inputs, newOutputs, timestamp, error,
                verification);
    }
}
