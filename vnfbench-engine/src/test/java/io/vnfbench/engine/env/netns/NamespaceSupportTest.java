package io.vnfbench.engine.env.netns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a refusal of the kernel turns into: one line naming the cause. */
class NamespaceSupportTest {

    @Test
    void shouldNameTheNamespaceLimitsWhenTheKernelSaysNoSpace() {
        String said = NamespaceSupport.explain("unshare: unshare failed: No space left on device\n",
                NamespaceSupport.Isolation.USER_NAMESPACE);

        assertThat(said).startsWith("the kernel refused a new namespace (unshare: unshare failed: No space left on "
                + "device): a namespace limit is reached; for this user namespace user.max_user_namespaces = ")
                .contains("user.max_net_namespaces = ").doesNotContain("\n");
    }

    @Test
    void shouldTellRootFromUserNamespaceRefusals() {
        assertThat(NamespaceSupport.explain("unshare: unshare failed: Operation not permitted",
                NamespaceSupport.Isolation.HOST)).contains("needs root (CAP_SYS_ADMIN)").contains("user_namespace: true");
        assertThat(NamespaceSupport.explain("unshare: write failed /proc/self/uid_map: Operation not permitted",
                NamespaceSupport.Isolation.USER_NAMESPACE))
                .startsWith("the kernel refused an unprivileged user namespace (unshare: write failed /proc/self/uid_map: "
                        + "Operation not permitted): ");
        assertThat(NamespaceSupport.explain("RTNETLINK answers: Operation not supported\nCommand failed -:1",
                NamespaceSupport.Isolation.HOST)).isEqualTo("the kernel cannot create veth pairs or bridges (RTNETLINK "
                + "answers: Operation not supported; Command failed -:1): it needs CONFIG_VETH and CONFIG_BRIDGE (or the "
                + "modules veth and bridge loaded)");
    }

    @Test
    void shouldReadIntegerSysctlsWhole() {
        // an integer sysctl answers only a read at offset 0: a reader in small pieces would see its first digit only
        assertThat(NamespaceSupport.sysctl("kernel.pid_max")).hasValueSatisfying(v -> assertThat(Long.parseLong(v))
                .isGreaterThanOrEqualTo(32_768));
    }
}
