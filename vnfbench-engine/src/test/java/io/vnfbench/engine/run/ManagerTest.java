package io.vnfbench.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.probe.CancellationToken;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ManagerTest {
    private final Fixtures.CountingProber counting = new Fixtures.CountingProber();
    private final Fixtures.FakeEnvironment environment = new Fixtures.FakeEnvironment();

    private Manager manager(RunOptions options, ProgressListener listener) {
        return new Manager(environment.registry(), Fixtures.registry(counting), options, Clock.systemUTC(), listener);
    }

    private Manager manager() {
        return manager(Fixtures.fastOptions(), ProgressListener.NONE);
    }

    @Test
    void shouldAssembleOutputsReportsSnapshotsAndEvaluationsAsTheDraftSays() throws Exception {
        VnfBr br = Fixtures.vnfbr(2, 3, """
                - id: 7
                  name: noop
                  instances: 2
                  parameters: [{input: value, value: "3"}]
                  sched: {repeat: 2}
                """);

        RunResult result = manager().run(br, Fixtures.instances(br, 2), RunSink.none(), null, new CancellationToken());

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.trialsRun()).isEqualTo(12);
        VnfBr out = result.vnfbr();
        assertThat(out.outputs()).extracting(Output::id).containsExactly("1", "2");
        assertThat(out.timestamp().start()).isNotNull();
        assertThat(out.timestamp().stop()).isNotNull();
        assertThat(out.error()).isNull();
        Output first = out.outputs().get(0);
        assertThat(first.variables()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("1"));
        assertThat(first.vnfbd()).isEqualTo(br.inputs().vnfbd());
        assertThat(first.vnfpp().reports()).extracting(Report::test).containsExactly(1L, 2L);
        Report report = first.vnfpp().reports().get(0);
        assertThat(report.snapshots()).extracting(Snapshot::id)
                .containsExactly("1001", "1002", "2001", "2002", "3001", "3002");
        Snapshot agent = report.snapshots().get(0);
        assertThat(agent.origin().id()).isEqualTo("a1");
        assertThat(agent.origin().role()).isEqualTo("agent");
        assertThat(agent.origin().host()).isEqualTo("agent-host");
        assertThat(agent.evaluations()).extracting(Evaluation::instance, Evaluation::repeat)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(1L, 2L),
                        org.assertj.core.groups.Tuple.tuple(2L, 1L), org.assertj.core.groups.Tuple.tuple(2L, 2L));
        Evaluation evaluation = agent.evaluations().get(0);
        assertThat(evaluation.source().id()).isEqualTo("7");
        assertThat(evaluation.source().name()).isEqualTo("noop");
        assertThat(evaluation.source().type()).isEqualTo("prober");
        assertThat(evaluation.source().version()).isEqualTo("1");
        assertThat(evaluation.source().call()).contains("noop");
        assertThat(evaluation.metric("noop")).get().satisfies(m -> assertThat(m.scalarValue()).hasValue(3.0));
        Snapshot monitor = report.snapshots().get(1);
        assertThat(monitor.origin().role()).isEqualTo("monitor");
        assertThat(monitor.evaluations().get(0).source().type()).isEqualTo("listener");
        assertThat(monitor.evaluations().get(0).metrics().get(0).series()).hasSize(2);
    }

    @Test
    void shouldDeployEachTestFreshAndTearEveryDeploymentDown() throws Exception {
        VnfBr br = Fixtures.vnfbr(3, 2, "- {id: 1, name: noop}");

        manager().run(br, Fixtures.instances(br, 2), RunSink.none(), null, new CancellationToken());

        assertThat(environment.deploys).hasValue(6);
        assertThat(environment.closes).hasValue(6);
        assertThat(environment.requests).extracting(r -> r.instanceId() + "/" + r.test())
                .containsExactly("1/1", "1/2", "1/3", "2/1", "2/2", "2/3");
    }

    @Test
    void shouldWriteProvenanceIntoEachProfile() throws Exception {
        VnfBr br = Fixtures.vnfbr(1, 1, "- {id: 1, name: noop}");

        VnfBr out = manager().run(br, Fixtures.instances(br, 1), RunSink.none(), null, new CancellationToken()).vnfbr();

        var provenance = out.outputs().get(0).vnfpp().provenance();
        assertThat(provenance.environment()).isEqualTo("fake");
        assertThat(provenance.host().cores()).isPositive();
        assertThat(provenance.host().java()).contains(System.getProperty("java.version"));
        assertThat(provenance.timestamp().start()).isNotNull();
        assertThat(provenance.timestamp().stop()).isNotNull();
        assertThat(provenance.tools()).extracting(t -> t.id() + "@" + t.version())
                .containsExactly("prober/noop@1", "listener/ticks@1");
        assertThat(provenance.commands()).contains("fake-sut --test 1", "noop delay_ms=0");
        assertThat(provenance.facts()).anySatisfy(f -> assertThat(f.name()).isEqualTo("test.1.node.sut.command"));
        assertThat(provenance.warnings()).containsExactly("Test 1: pinning not possible in the fake environment");
    }

    @Test
    void shouldRecordAFailingProberAsAnEvaluationErrorAndGoOn() throws Exception {
        VnfBr br = Fixtures.vnfbr(1, 2, """
                - {id: 1, name: noop, parameters: [{input: fail, value: "true"}]}
                - {id: 2, name: count}
                """);

        RunResult result = manager().run(br, Fixtures.instances(br, 1), RunSink.none(), null, new CancellationToken());

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.vnfbr().outputs().get(0).vnfpp().reports().get(0).snapshots())
                .flatExtracting(Snapshot::evaluations).filteredOn(e -> e.error() != null).hasSize(2);
        Snapshot agent = result.vnfbr().outputs().get(0).vnfpp().reports().get(0).snapshots().get(0);
        assertThat(agent.evaluations().get(0).error()).contains("fail=true");
        assertThat(agent.evaluations().get(1).error()).isNull();
        assertThat(counting.runs).hasValue(2);
    }

    @Test
    void shouldStopAHangingProberAtItsBoundAndGoOn() throws Exception {
        VnfBr br = Fixtures.vnfbr(1, 1, """
                - {id: 1, name: hang, sched: {duration: 1}}
                - {id: 2, name: count}
                """);

        RunResult result = manager().run(br, Fixtures.instances(br, 1), RunSink.none(), null, new CancellationToken());

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        Snapshot agent = result.vnfbr().outputs().get(0).vnfpp().reports().get(0).snapshots().get(0);
        assertThat(agent.evaluations().get(0).error()).contains("bound");
        assertThat(agent.evaluations().get(1).error()).isNull();
    }

    @Test
    void shouldHonourRepeatAndUntil() throws Exception {
        VnfBr br = Fixtures.vnfbr(1, 1, """
                - {id: 1, name: count, sched: {repeat: 3}}
                - {id: 2, name: noop, parameters: [{input: delay_ms, value: "1500"}], sched: {until: 1, repeat: 2}}
                """);

        RunResult result = manager().run(br, Fixtures.instances(br, 1), RunSink.none(), null, new CancellationToken());

        List<Evaluation> evaluations = result.vnfbr().outputs().get(0).vnfpp().reports().get(0).snapshots().get(0)
                .evaluations();
        assertThat(evaluations).extracting(e -> e.source().name() + "#" + e.repeat())
                .containsExactly("count#1", "count#2", "count#3", "noop#1", "noop#2");
        assertThat(evaluations.get(3).error()).contains("bound");
        assertThat(evaluations.get(4).error()).contains("sched.until");
    }

    @Test
    void shouldAbortTheVnfBrWhenADeploymentFails() throws Exception {
        environment.failures.put(2, false);
        VnfBr br = Fixtures.vnfbr(1, 1, "- {id: 1, name: count}");

        RunResult result = manager().run(br, Fixtures.instances(br, 3), RunSink.none(), null, new CancellationToken());

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.vnfbr().error()).contains("instance 2").contains("node sut failed to start");
        assertThat(result.vnfbr().outputs()).extracting(Output::id).containsExactly("1", "2");
        assertThat(result.vnfbr().outputs().get(1).vnfpp().reports().get(0).error()).contains("deployment");
        assertThat(environment.deploys).hasValue(2);
    }

    @Test
    void shouldContinueWithTheNextInstanceWhenAsked() throws Exception {
        environment.failures.put(2, false);
        VnfBr br = Fixtures.vnfbr(1, 1, "- {id: 1, name: count}");
        RunOptions options = Fixtures.fastOptions().toBuilder().continueOnDeployFailure(true).build();

        RunResult result = manager(options, ProgressListener.NONE)
                .run(br, Fixtures.instances(br, 3), RunSink.none(), null, new CancellationToken());

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.vnfbr().error()).isNull();
        assertThat(result.vnfbr().outputs()).extracting(Output::id).containsExactly("1", "2", "3");
        assertThat(result.vnfbr().outputs().get(2).vnfpp().reports().get(0).snapshots()).hasSize(2);
    }

    @Test
    void shouldRetryATransientDeploymentFailureAndSaySoInTheProfile() throws Exception {
        environment.failures.put(1, true);
        VnfBr br = Fixtures.vnfbr(1, 1, "- {id: 1, name: count}");

        RunResult result = manager().run(br, Fixtures.instances(br, 1), RunSink.none(), null, new CancellationToken());

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.vnfbr().outputs().get(0).vnfpp().provenance().retries()).singleElement()
                .satisfies(r -> assertThat(r.error()).contains("attempt 1"));
    }

    @Test
    void shouldRejectUnknownToolsParametersAndEnvironmentsBeforeRunning() {
        VnfBr br = Fixtures.vnfbr(1, 1, """
                - {id: 1, name: noop, parameters: [{input: rate, value: "1G"}]}
                - {id: 2, name: pktgen}
                """);

        assertThatThrownBy(() -> manager().run(br, Fixtures.instances(br, 1), RunSink.none(), null,
                new CancellationToken()))
                .isInstanceOf(RunValidationException.class)
                .hasMessageContaining("'rate'").hasMessageContaining("'pktgen'");
        assertThat(environment.deploys).hasValue(0);

        VnfBr gym = Fixtures.vnfbr("""
                id: br-2
                environment: {orchestrator: {type: containernet}}
                inputs: {vnfbd: {id: bd}}
                """);
        assertThatThrownBy(() -> manager().validate(gym, Fixtures.instances(gym, 1)))
                .hasMessageContaining("'containernet'").hasMessageContaining("[fake]");
    }

    @Test
    void shouldWriteAValidVnfBrAfterEveryTrial() throws Exception {
        VnfBr br = Fixtures.vnfbr(2, 2, "- {id: 1, name: count}");
        List<String> written = new CopyOnWriteArrayList<>();

        manager().run(br, Fixtures.instances(br, 1), (v, durable) -> written.add(Documents.writeJson(v)), null,
                new CancellationToken());

        // the start, one write per Trial, the end of the instance and the end of the run
        assertThat(written).hasSize(1 + 4 + 1 + 1);
        for (String json : written) {
            assertThat(Documents.read("written.json", json, VnfBr.class).value().id()).isEqualTo("br-1");
        }
    }

    @Test
    void shouldResumeWithoutRepeatingFinishedTrials() throws Exception {
        VnfBr br = Fixtures.vnfbr(2, 3, "- {id: 1, name: count}");
        List<RunInstance> instances = Fixtures.instances(br, 2);
        CancellationToken token = new CancellationToken();
        AtomicInteger finished = new AtomicInteger();
        ProgressListener cancelAfterFour = new ProgressListener() {
            @Override
            public void trialFinished(Progress progress) {
                if (finished.incrementAndGet() == 4) {
                    token.cancel("test interrupt");
                }
            }
        };
        List<VnfBr> written = new CopyOnWriteArrayList<>();

        RunResult first = manager(Fixtures.fastOptions(), cancelAfterFour)
                .run(br, instances, (v, durable) -> written.add(v), null, token);

        assertThat(first.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(first.vnfbr().error()).contains("test interrupt");
        assertThat(counting.runs).hasValue(4);
        assertThat(environment.closes.get()).isEqualTo(environment.deploys.get());

        VnfBr onDisk = Documents.read("resume.json", Documents.writeJson(written.get(written.size() - 1)), VnfBr.class)
                .value();
        RunResult second = manager().run(br, instances, RunSink.none(), onDisk, new CancellationToken());

        assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(second.trialsResumed()).isEqualTo(4);
        assertThat(second.trialsRun()).isEqualTo(8);
        assertThat(counting.runs).hasValue(12);
        assertThat(second.vnfbr().error()).isNull();
        assertThat(second.vnfbr().timestamp().start()).isEqualTo(first.vnfbr().timestamp().start());
        List<Long> countsSeen = second.vnfbr().outputs().stream().flatMap(o -> o.vnfpp().reports().stream())
                .flatMap(r -> r.snapshots().stream()).filter(s -> s.origin().role().equals("agent"))
                .map(s -> (long) s.evaluations().get(0).metric("count").orElseThrow().scalarValue().getAsDouble())
                .sorted().toList();
        assertThat(countsSeen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void shouldRefuseToResumeFromDifferentInputs() {
        VnfBr br = Fixtures.vnfbr(1, 1, "- {id: 1, name: count}");
        VnfBr other = Fixtures.vnfbr(1, 2, "- {id: 1, name: count}");

        assertThatThrownBy(() -> manager().run(br, Fixtures.instances(br, 1), RunSink.none(), other,
                new CancellationToken())).isInstanceOf(RunValidationException.class).hasMessageContaining("different inputs");
    }

    @Test
    void shouldReportProgressWithAnEstimate() throws Exception {
        VnfBr br = Fixtures.vnfbr(1, 2, "- {id: 1, name: count}");
        List<Progress> seen = new CopyOnWriteArrayList<>();

        manager(Fixtures.fastOptions(), new ProgressListener() {
            @Override
            public void trialFinished(Progress progress) {
                seen.add(progress);
            }
        }).run(br, Fixtures.instances(br, 2), RunSink.none(), null, new CancellationToken());

        assertThat(seen).extracting(p -> p.instance() + "/" + p.instances() + " t" + p.trial() + " " + p.trialsDone()
                + "/" + p.trialsTotal()).containsExactly("1/2 t1 1/4", "1/2 t2 2/4", "2/2 t1 3/4", "2/2 t2 4/4");
        assertThat(seen.get(0).remainingIfKnown()).isPresent();
        assertThat(seen.get(3).fraction()).isEqualTo(1.0);
    }

    @Test
    void shouldRunExtraTrialsOfAStandingTestOnItsDeploymentAndPersistThem() throws Exception {
        // given: after each Test's 2 planned Trials, two more are asked for
        VnfBr br = Fixtures.vnfbr(2, 2, "- {id: 1, name: count}");
        List<String> asked = new CopyOnWriteArrayList<>();
        List<VnfBr> written = new CopyOnWriteArrayList<>();
        List<Progress> finished = new CopyOnWriteArrayList<>();
        ExtraTrials twoMore = test -> {
            asked.add(test.instanceId() + " " + test.testKey() + " Test " + test.test() + "/" + test.tests() + " had "
                    + test.snapshots().size());
            test.runTrial();
            test.runTrial();
        };

        // when
        RunResult result = manager(Fixtures.fastOptions(), new ProgressListener() {
            @Override
            public void trialFinished(Progress p) {
                finished.add(p);
            }
        }).run(br, Fixtures.instances(br, 1), (vnfbr, durable) -> written.add(vnfbr), null, new CancellationToken(),
                twoMore);

        // then: Trials 3 and 4 of each Test ran on the Test's own deployment, and the file has them
        assertThat(asked).containsExactly("1 n=1 Test 1/2 had 4", "1 n=1 Test 2/2 had 4");
        assertThat(result.trialsRun()).isEqualTo(8);
        assertThat(result.vnfbr().outputs().get(0).vnfpp().reports()).allSatisfy(r -> assertThat(r.snapshots())
                .extracting(Snapshot::trial).containsExactly(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L));
        assertThat(environment.deploys.get()).isEqualTo(2);
        assertThat(environment.closes.get()).isEqualTo(2);
        assertThat(written.get(written.size() - 1)).isEqualTo(result.vnfbr());
        assertThat(finished.get(finished.size() - 1).trialsDone()).isEqualTo(8);
        assertThat(finished.get(finished.size() - 1).trialsTotal()).isEqualTo(8);
    }

    @Test
    void shouldTimeProgressByTheInjectedClock() throws Exception {
        VnfBr br = Fixtures.vnfbr(1, 2, "- {id: 1, name: count}");
        List<Progress> seen = new CopyOnWriteArrayList<>();
        Clock frozen = Clock.fixed(java.time.Instant.parse("2026-11-21T10:00:00Z"), java.time.ZoneOffset.UTC);

        new Manager(environment.registry(), Fixtures.registry(counting), Fixtures.fastOptions(), frozen,
                new ProgressListener() {
                    @Override
                    public void trialFinished(Progress progress) {
                        seen.add(progress);
                    }
                }).run(br, Fixtures.instances(br, 1), RunSink.none(), null, new CancellationToken());

        assertThat(seen).hasSize(2).allSatisfy(p -> {
            assertThat(p.elapsed()).isZero();
            assertThat(p.remaining()).isZero();
        });
    }
}
