package io.vnfbench.engine.env.local;

import io.vnfbench.engine.env.ExecutionEnvironmentContractTest;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.Planner;

class LocalEnvironmentContractTest extends ExecutionEnvironmentContractTest {

    @Override
    protected ExecutionEnvironmentProvider provider() {
        return new LocalEnvironmentProvider();
    }

    @Override
    protected VnfBd deployableVnfBd() {
        try {
            VnfBr br = Documents.read("contract.yaml", """
                    id: contract
                    inputs:
                      vnfbd:
                        id: bd
                        scenario:
                          chains:
                            count: 1
                            nfs: 2
                            topology: pipeline
                            nf: {image: builtin/forwarder, format: builtin}
                            switch: {image: builtin/switch, format: builtin}
                    """, VnfBr.class).value();
            return Planner.plan(br, new PlanOptions(PlanOptions.DEFAULT_LIMIT)).instance(0).vnfbd();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
