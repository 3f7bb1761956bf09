package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.TaskListener;
import io.vnfbench.kubernetes.KubernetesSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;
import org.junit.jupiter.api.Test;

/**
 * What crosses the remoting channel between controller and agent: the callables' fields and results. Only JSON strings,
 * the listener and plain numbers may; no engine type (which would need the engine's classes on both ends of a
 * serialization stream and tie the wire format to engine internals).
 */
class RemotingBoundaryTest {

    private static final List<Class<?>> ALLOWED = List.of(String.class, TaskListener.class, long.class, Long.class);

    @Test
    void shouldCarryOnlyStringsAndTheListenerToTheAgent() {
        for (Class<?> callable : List.of(RunBenchmarkCallable.class, AwaitTeardownCallable.class)) {
            for (Field f : instanceFields(callable)) {
                assertThat(ALLOWED).as(callable.getSimpleName() + "." + f.getName()).contains(f.getType());
            }
        }
    }

    @Test
    void shouldReturnPlainValuesFromTheAgent() throws Exception {
        assertThat(resultType(RunBenchmarkCallable.class)).isEqualTo(String.class);
        assertThat(resultType(AwaitTeardownCallable.class)).isEqualTo(Boolean.class);
        Method invoke = RunBenchmarkCallable.class.getMethod("invoke", java.io.File.class, hudson.remoting.VirtualChannel.class);
        assertThat(invoke.getReturnType()).isEqualTo(String.class);
    }

    @Test
    void shouldDeclareNoEngineTypeInTheCallablesSignatures() {
        for (Class<?> callable : List.of(RunBenchmarkCallable.class, AwaitTeardownCallable.class)) {
            for (Method m : callable.getDeclaredMethods()) {
                if (!Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic()) {
                    assertThat(m.getReturnType().getName()).doesNotStartWith("io.vnfbench.engine");
                    for (Class<?> p : m.getParameterTypes()) {
                        assertThat(p.getName()).doesNotStartWith("io.vnfbench.engine");
                    }
                    for (Class<?> e : m.getExceptionTypes()) {
                        assertThat(e.getName()).doesNotStartWith("io.vnfbench.engine");
                    }
                }
            }
        }
    }

    @Test
    void shouldRoundTripTheRequestAsJsonAndNeverPrintTheKubeconfig() throws Exception {
        // given
        AgentRequest request = new AgentRequest("bench/vnf-br.yaml", "vnfbench-out", "folder/job#12", "kubernetes", "perf", "vnfb", "lab",
                "apiVersion: v1\nusers: [{name: secret-token}]", true, null);

        // when
        String json = request.toJson();
        AgentRequest back = AgentRequest.fromJson(json);

        // then
        assertThat(back).isEqualTo(request);
        assertThat(request.toString()).doesNotContain("secret-token").contains("kubeconfig=****");
        assertThat(request.runDirectory()).isEqualTo("vnfbench-out/bench_vnf-br.yaml");
    }

    @Test
    void shouldRunTheCallableInProcessForALocalWorkspaceAndRemoveItsLock(@org.junit.jupiter.api.io.TempDir java.nio.file.Path ws)
            throws Exception {
        // given: a request the agent cannot satisfy (no such VNF-BR)
        AgentRequest request = new AgentRequest("missing.yaml", "out", "job#1", "", "", "", "", "", false, null);
        Fakes.Listener listener = new Fakes.Listener();

        // when
        Throwable thrown = null;
        try {
            new FilePath(ws.toFile()).act(new RunBenchmarkCallable(request.toJson(), listener));
        } catch (java.io.IOException e) {
            thrown = e;
        }

        // then: the failure is a plain Jenkins exception and no lock is left behind
        assertThat(thrown).isInstanceOf(hudson.AbortException.class);
        assertThat(ws.resolve(request.lockFile())).doesNotExist();
    }

    @Test
    void shouldNameTheKubernetesParametersAsTheKubernetesEnvironmentReadsThem() {
        assertThat(KubernetesSettings.KEYS).contains(RunBenchmarkCallable.KUBECONFIG, RunBenchmarkCallable.CONTEXT,
                RunBenchmarkCallable.NAMESPACE, RunBenchmarkCallable.NAMESPACE_PREFIX);
    }

    private static List<Field> instanceFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static Type resultType(Class<?> callable) {
        ParameterizedType t = (ParameterizedType) callable.getGenericSuperclass();
        assertThat(t.getRawType()).isEqualTo(MasterToSlaveFileCallable.class);
        return t.getActualTypeArguments()[0];
    }
}
