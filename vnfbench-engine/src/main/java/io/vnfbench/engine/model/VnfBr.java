package io.vnfbench.engine.model;

import java.util.List;

/** VNF Benchmarking Report (draft-rosa-bmwg-vnfbench, module vnf-br). */
public record VnfBr(String id, String name, String version, String author, String description, Vnf vnf,
        Environment environment, Inputs inputs, List<Output> outputs, Timestamps timestamp, String error) {
    public VnfBr {
        outputs = Lists.of(outputs);
    }

    public VnfBr withEnvironment(Environment newEnvironment) {
        return new VnfBr(id, name, version, author, description, vnf, newEnvironment, inputs, outputs, timestamp, error);
    }

    public VnfBr withOutputs(List<Output> newOutputs) {
        return new VnfBr(id, name, version, author, description, vnf, environment, inputs, newOutputs, timestamp, error);
    }
}
