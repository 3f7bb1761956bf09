package io.vnfbench.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.Problem;
import io.vnfbench.engine.model.codec.ReadResult;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerTest {

    static ReadResult<VnfBr> gym(String name) throws Exception {
        try (InputStream in = PlannerTest.class.getResourceAsStream("/conformance/gym/" + name)) {
            return Documents.read(name, in.readAllBytes(), VnfBr.class);
        }
    }

    static ReadResult<VnfBr> yaml(String text) throws Exception {
        return Documents.read("br.yaml", text, VnfBr.class);
    }

    static List<PlannedInstance> all(Plan plan) {
        List<PlannedInstance> list = new ArrayList<>();
        plan.instances().forEach(list::add);
        return list;
    }

    static List<Problem> planProblems(String text) throws Exception {
        ReadResult<VnfBr> br = yaml(text);
        try {
            Planner.plan(br.value(), br.origins(), PlanOptions.DEFAULT);
        } catch (PlanException e) {
            return e.problems();
        }
        throw new AssertionError("expected planning to fail");
    }

    private static final String BASE = """
            inputs:
              variables:
                - name: vcpus
                  path: /scenario/nodes[id='d2']/resources/cpu/vcpus
                  type: uint32
                  class: resource
                  values: ["1", "2"]
                - name: pcap
                  path: /vnf-bd:proceedings/agents[uuid='d1']/probers[id='1']/parameters[input='pcap']/value
                  class: stimulus
                  values: [small.pcap, big.pcap, huge.pcap]
              vnfbd:
                experiments: {trials: 3, tests: 2}
                scenario:
                  nodes:
                    - {id: d1, role: agent}
                    - id: d2
                      role: sut
                      resources: {cpu: {vcpus: 1}}
                proceedings:
                  agents:
                    - uuid: d1
                      probers:
                        - id: 1
                          name: tcpreplay
                          parameters:
                            - {input: pcap, value: none.pcap}
            """;

    @ParameterizedTest
    @CsvSource({"fixtures_vnf-br-003.json, 8", "vnf-br-003.json, 4", "vnf-br-001.json, 2", "vnf-br-002.json, 2"})
    void shouldPlanGymVnfBrsAsGymDoes(String file, int instances) throws Exception {
        ReadResult<VnfBr> br = gym(file);

        Plan plan = Planner.plan(br.value(), br.origins(), PlanOptions.DEFAULT);

        assertThat(all(plan)).hasSize(instances).allMatch(i -> i.status() == PlannedInstance.Status.PLANNED);
        assertThat(all(plan)).extracting(PlannedInstance::testKey).doesNotHaveDuplicates();
    }

    @Test
    void shouldMatchGymOutputOrderWithFirstVariableFastest() throws Exception {
        ReadResult<VnfBr> br = gym("vnf-br-003.json");
        ReadResult<VnfBr> results = gym("results_vnfbr-003.json");

        Plan plan = Planner.plan(br.value(), br.origins(), PlanOptions.DEFAULT);

        List<String> planned = all(plan).stream().map(PlannedInstance::testKey).toList();
        List<String> gymOrder = results.value().outputs().stream().map(o -> TestKey.of(o.variables())).toList();
        assertThat(planned).containsExactlyElementsOf(gymOrder);
    }

    @Test
    void shouldApplyEveryValueConvertedToTheLeafType() throws Exception {
        ReadResult<VnfBr> br = yaml(BASE);

        List<PlannedInstance> instances = all(Planner.plan(br.value(), br.origins(), PlanOptions.DEFAULT));

        assertThat(instances).hasSize(6);
        PlannedInstance last = instances.get(5);
        assertThat(last.variables()).containsExactly(java.util.Map.entry("vcpus", "2"), java.util.Map.entry("pcap", "huge.pcap"));
        VnfBd bd = last.vnfbd();
        assertThat(bd.scenario().node("d2").orElseThrow().resources().cpu().vcpus()).isEqualTo(2L);
        assertThat(bd.proceedings().agents().get(0).probers().get(0).parameter("pcap")).contains("huge.pcap");
        assertThat(br.value().inputs().vnfbd().scenario().node("d2").orElseThrow().resources().cpu().vcpus())
                .as("the input VNF-BD is unchanged").isEqualTo(1L);
        assertThat(last.testKey()).isEqualTo("pcap=huge.pcap,vcpus=2");
        assertThat(Planner.plan(br.value(), PlanOptions.DEFAULT).totals())
                .isEqualTo(new Plan.Totals(6, 6, 0, 12, 36));
    }

    @Test
    void shouldNameUnknownListEntryWithNearestPathAndExistingKeys() throws Exception {
        List<Problem> problems = planProblems(BASE.replace("nodes[id='d2']", "nodes[id='d3']"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("variable 'vcpus'").contains("nodes[id='d3']")
                    .contains("no entry id='d3'").contains("existing: d1, d2").contains("nearest existing path: /scenario");
            assertThat(p.yangPath()).isEqualTo("/inputs/variables[name='vcpus']");
            assertThat(p.location().line()).isEqualTo(3);
        });
    }

    @Test
    void shouldNameUnknownMemberWithSuggestion() throws Exception {
        List<Problem> problems = planProblems(BASE.replace("resources/cpu/vcpus", "resources/cpu/vcpu"));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no member 'vcpu'").contains("did you mean 'vcpus'")
                .contains("nearest existing path: /scenario/nodes[id='d2']/resources/cpu"));
    }

    @Test
    void shouldRejectValueThatDoesNotConvert() throws Exception {
        List<Problem> problems = planProblems(BASE.replace("values: [\"1\", \"2\"]", "values: [\"1\", \"two\"]"));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("variable 'vcpus'").contains("'two' is not a uint32"));
    }

    @Test
    void shouldRejectTwoVariablesOnOneLeaf() throws Exception {
        String text = BASE.replace("path: /vnf-bd:proceedings/agents[uuid='d1']/probers[id='1']/parameters[input='pcap']/value",
                "path: /scenario/nodes[id=\"d2\"]/resources/cpu/vcpus").replace("[small.pcap, big.pcap, huge.pcap]", "[\"3\"]");

        assertThat(planProblems(text)).singleElement().satisfies(p -> assertThat(p.message())
                .contains("'vcpus' and 'pcap' both set /scenario/nodes[id='d2']/resources/cpu/vcpus"));
    }

    @Test
    void shouldRejectPathEndingAtContainerOrMalformed() throws Exception {
        assertThat(planProblems(BASE.replace("resources/cpu/vcpus", "resources/cpu"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a leaf"));
        assertThat(planProblems(BASE.replace("nodes[id='d2']", "nodes[id='d2'"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("malformed"));
    }

    @Test
    void shouldLocateANodeWhoseIdTheChainsGenerateToo() throws Exception {
        // given a node of the scenario named like chain 2's first NF, which only the larger instance generates
        String text = """
                inputs:
                  variables:
                    - name: chains
                      path: /scenario/chains/count
                      type: uint32
                      values: ["1", "2"]
                  vnfbd:
                    experiments: {trials: 1, tests: 1}
                    scenario:
                      nodes:
                        - id: c2n1
                          image: builtin/router
                      chains:
                        count: 1
                        nfs: 1
                        topology: snake
                """;

        // then planning refuses it where the node is, naming the id, what generates it and the instance
        assertThat(planProblems(text)).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("br.yaml:11:11: ");
            assertThat(p.yangPath()).isEqualTo("/inputs/vnfbd/scenario/nodes[id='c2n1']");
            assertThat(p.message()).contains("node id 'c2n1'", "NF 1 of chain 2", "rename the node", "chains=2");
        });
        assertThat(planProblems(text.replace("c2n1", "sw"))).singleElement().satisfies(p ->
                assertThat(p.message()).contains("node id 'sw'", "the chains' switch"));
    }

    @Test
    void shouldStopExplosionWithProductAndHowToRaiseTheLimit() throws Exception {
        ReadResult<VnfBr> br = yaml(BASE);

        assertThatThrownBy(() -> Planner.plan(br.value(), br.origins(), new PlanOptions(5)))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("vcpus (2) x pcap (3) = 6")
                .hasMessageContaining("over the limit of 5")
                .hasMessageContaining("--limit");
    }

    @Test
    void shouldSkipCombinationsFailingAConstraintAndSayWhich() throws Exception {
        String text = BASE.replace("  vnfbd:", "  constraints:\n"
                + "    - name: small-only-on-one-cpu\n"
                + "      expression: vcpus == 1 || pcap != 'small.pcap'\n"
                + "  vnfbd:");
        ReadResult<VnfBr> br = yaml(text);

        Plan plan = Planner.plan(br.value(), br.origins(), PlanOptions.DEFAULT);

        assertThat(all(plan)).filteredOn(i -> i.status() == PlannedInstance.Status.SKIPPED).singleElement()
                .satisfies(i -> {
                    assertThat(i.variables()).containsEntry("vcpus", "2").containsEntry("pcap", "small.pcap");
                    assertThat(i.reason()).hasValueSatisfying(r -> assertThat(r).contains("small-only-on-one-cpu"));
                });
        assertThat(plan.totals().skipped()).isEqualTo(1);
        assertThat(plan.totals().planned()).isEqualTo(5);
    }

    @Test
    void shouldRejectConstraintOnUnknownVariable() throws Exception {
        String text = BASE.replace("  vnfbd:", "  constraints:\n"
                + "    - name: budget\n"
                + "      expression: vcpu * 2 <= 4\n"
                + "  vnfbd:");

        assertThat(planProblems(text)).singleElement().satisfies(p -> assertThat(p.message())
                .contains("reads 'vcpu', which is not a variable").contains("did you mean 'vcpus'"));
    }

    @Test
    void shouldPlanTheCnfTestbedMatrixExample() throws Exception {
        ReadResult<VnfBr> br = Documents.read(Path.of("../examples/cnf-testbed-matrix.yaml"), VnfBr.class);

        Plan plan = Planner.plan(br.value(), br.origins(), PlanOptions.DEFAULT);
        List<PlannedInstance> instances = all(plan);

        assertThat(instances).hasSize(32);
        assertThat(instances).filteredOn(i -> i.status() == PlannedInstance.Status.SKIPPED)
                .extracting(PlannedInstance::testKey)
                .containsExactlyInAnyOrder("chains=4,nfs=8,topology=snake", "chains=4,nfs=8,topology=pipeline",
                        "chains=8,nfs=4,topology=snake", "chains=8,nfs=4,topology=pipeline",
                        "chains=8,nfs=8,topology=snake", "chains=8,nfs=8,topology=pipeline");
        PlannedInstance cell = instances.stream().filter(i -> i.testKey().equals("chains=2,nfs=4,topology=pipeline"))
                .findFirst().orElseThrow();
        assertThat(cell.vnfbd().scenario().nodes()).hasSize(1 + 2 * 4 + 1);
    }

    @Test
    void shouldRejectChainValuesThatCannotBeExpanded() throws Exception {
        String text = """
                inputs:
                  variables:
                    - name: topology
                      path: /scenario/chains/topology
                      values: [snake, ring]
                  vnfbd:
                    scenario:
                      chains: {count: 1, nfs: 1, topology: snake}
                """;

        assertThat(planProblems(text)).singleElement().satisfies(p -> assertThat(p.message())
                .contains("topology=ring").contains("must be snake or pipeline"));
    }
}
