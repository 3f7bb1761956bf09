package io.vnfbench.kubernetes;

/** KubeVirt coordinates: VNF nodes of format {@code vm} become VirtualMachineInstances through generic resources. */
final class KubeVirt {
    static final String GROUP = "kubevirt.io";
    static final String API_VERSION = "kubevirt.io/v1";
    static final String KIND = "VirtualMachineInstance";
    static final String PLURAL = "virtualmachineinstances";

    private KubeVirt() {
    }
}
