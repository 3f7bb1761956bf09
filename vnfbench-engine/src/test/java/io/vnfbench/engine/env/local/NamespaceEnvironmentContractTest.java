package io.vnfbench.engine.env.local;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

import io.vnfbench.engine.env.ExecutionEnvironmentContractTest;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import io.vnfbench.engine.env.netns.Namespaces;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.Planner;

/** The environment contract on the namespaces data plane: a pipeline of two kernel routers. */
class NamespaceEnvironmentContractTest extends ExecutionEnvironmentContractTest {

    @BeforeAll
    static void requireNamespaces() {
        Namespaces.require();
    }

    @Override
    protected ExecutionEnvironmentProvider provider() {
        return new LocalEnvironmentProvider();
    }

    @Override
    protected Map<String, String> parameters() {
        return Map.of("data_plane", "namespaces");
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
                            nf: {image: builtin/router, format: builtin}
                    """, VnfBr.class).value();
            return Planner.plan(br, new PlanOptions(PlanOptions.DEFAULT_LIMIT)).instance(0).vnfbd();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
