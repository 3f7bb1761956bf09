package io.vnfbench.engine.env.local;

import io.vnfbench.engine.env.netns.NamespaceSupport;

/**
 * The same data plane with its namespaces owned by a user namespace of our own, the way it runs without root; as
 * root too, so that CI (root) exercises the unprivileged path.
 */
class UserNamespaceDeployerTest extends NamespaceDeployerTest {
    @Override
    NamespaceSupport.Isolation isolation() {
        return NamespaceSupport.Isolation.USER_NAMESPACE;
    }
}
