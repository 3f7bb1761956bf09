package io.vnfbench.engine.run;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.Listener;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.NoopProber;
import io.vnfbench.engine.probe.ParameterSpec;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ProcessCommandRunner;
import io.vnfbench.engine.probe.Prober;
import io.vnfbench.engine.probe.ToolContext;
import io.vnfbench.engine.probe.ToolInvocation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Test doubles for the Manager: an in-memory environment and probers that count, hang or sample. */
final class Fixtures {
    private Fixtures() {
    }

    static VnfBr vnfbr(String yaml) {
        try {
            return Documents.read("test.yaml", yaml, VnfBr.class).value();
        } catch (DocumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A VNF-BR with one agent (given prober YAML) and one monitor with the 'ticks' listener. */
    static VnfBr vnfbr(long tests, long trials, String proberYaml) {
        return vnfbr("""
                id: br-1
                name: manager test
                environment:
                  orchestrator:
                    type: fake
                inputs:
                  vnfbd:
                    id: bd-1
                    name: bd
                    experiments: {tests: %d, trials: %d}
                    proceedings:
                      agents:
                        - uuid: a1
                          probers:
                %s
                      monitors:
                        - uuid: m1
                          listeners:
                            - id: 1
                              name: ticks
                """.formatted(tests, trials, proberYaml.indent(12).stripTrailing()));
    }

    static List<RunInstance> instances(VnfBr br, int count) {
        List<RunInstance> instances = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            instances.add(new RunInstance(Integer.toString(i), "n=" + i, Map.of("n", Integer.toString(i)),
                    br.inputs().vnfbd(), null));
        }
        return instances;
    }

    static RunOptions fastOptions() {
        return RunOptions.builder().deployBound(Duration.ofSeconds(20)).teardownBound(Duration.ofSeconds(20))
                .defaultToolBound(Duration.ofSeconds(30)).toolGrace(Duration.ofMillis(200))
                .stopGrace(Duration.ofMillis(500)).retryDelay(Duration.ZERO).build();
    }

    /** Counts its runs; returns metric 'count'. */
    static final class CountingProber implements Prober {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String name() {
            return "count";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public ProbeResult run(ToolContext context) {
            int n = runs.incrementAndGet();
            var now = context.clock().instant();
            return ProbeResult.ok(List.of(Measurement.scalar("count", "runs", (long) n)), "count", "1", now, now);
        }
    }

    /** Never returns on its own and ignores its token; only interruption ends it. */
    static final class HangingProber implements Prober {
        @Override
        public String name() {
            return "hang";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public ProbeResult run(ToolContext context) throws InterruptedException {
            new CountDownLatch(1).await();
            throw new IllegalStateException("unreachable");
        }
    }

    /** A listener that returns a tiny series. */
    static final class TicksListener implements Listener {
        @Override
        public String name() {
            return "ticks";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public ProbeResult run(ToolContext context) {
            var now = context.clock().instant();
            return ProbeResult.ok(List.of(Measurement.series("ticks", "1",
                    List.of(Measurement.Point.of(0, 1), Measurement.Point.of(1, 2)))), "ticks", "1", now, now);
        }
    }

    static ProbeRegistry registry(CountingProber counting) {
        return ProbeRegistry.of(List.of(new NoopProber(), counting, new HangingProber(), new TicksListener()));
    }

    /** An environment whose deployments run tools in this JVM; it can fail deployments on request. */
    static final class FakeEnvironment implements ExecutionEnvironmentProvider {
        final AtomicInteger deploys = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        final List<DeploymentRequest> requests = new CopyOnWriteArrayList<>();
        /** Deployment attempts (1-based, over the run) that fail, and whether transiently. */
        final Map<Integer, Boolean> failures = new java.util.concurrent.ConcurrentHashMap<>();
        private ProbeRegistry tools;

        @Override
        public String type() {
            return "fake";
        }

        @Override
        public String description() {
            return "in-memory deployments for tests";
        }

        @Override
        public ExecutionEnvironment create(EnvironmentSettings settings) {
            tools = settings.tools();
            ProcessCommandRunner commands = new ProcessCommandRunner();
            return new ExecutionEnvironment() {
                @Override
                public String type() {
                    return "fake";
                }

                @Override
                public Deployment deploy(DeploymentRequest request, CancellationToken token)
                        throws DeploymentException {
                    int attempt = deploys.incrementAndGet();
                    requests.add(request);
                    Boolean transientFailure = failures.get(attempt);
                    if (transientFailure != null) {
                        throw new DeploymentException("node sut failed to start (attempt " + attempt + ")", null,
                                transientFailure);
                    }
                    return new FakeDeployment(request, commands);
                }

                @Override
                public void close() {
                    commands.close();
                }
            };
        }

        EnvironmentRegistry registry() {
            return EnvironmentRegistry.of(List.of(this));
        }

        final class FakeDeployment implements Deployment {
            private final DeploymentRequest request;
            private final ProcessCommandRunner commands;
            private final AtomicInteger closed = new AtomicInteger();

            FakeDeployment(DeploymentRequest request, ProcessCommandRunner commands) {
                this.request = request;
                this.commands = commands;
            }

            @Override
            public String id() {
                return request.instanceId() + "-" + request.test();
            }

            @Override
            public ProbeResult invoke(ToolInvocation invocation) throws InterruptedException {
                return invocation.runLocally(tools, this, commands, Clock.systemUTC());
            }

            @Override
            public List<String> warnings() {
                return List.of("pinning not possible in the fake environment");
            }

            @Override
            public Map<String, String> facts() {
                return Map.of("node.sut.command", "fake-sut --test " + request.test(), "origin.a1", "agent-host");
            }

            @Override
            public Optional<Endpoint> endpoint(String reference) {
                return Optional.empty();
            }

            @Override
            public List<Chain> chains() {
                return List.of();
            }

            @Override
            public void close() {
                if (closed.getAndIncrement() == 0) {
                    closes.incrementAndGet();
                }
            }
        }
    }
}
