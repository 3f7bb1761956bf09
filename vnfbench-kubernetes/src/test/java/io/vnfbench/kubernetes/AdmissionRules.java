package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an API server's validation and the Pod Security admission controller would say about objects, from the rules
 * in kubernetes/kubernetes (apimachinery's util/validation: DNS-1123 label and subdomain, DNS-1035 label, qualified
 * names, label values, IANA port names; core validation: Service names are DNS-1035 labels, pod hostname and
 * subdomain DNS-1123 labels, hugepages requests equal limits; pod-security-admission's "restricted" checks; the QoS
 * class rules). Written here from those rules; each method returns the violations, empty when the object passes.
 */
final class AdmissionRules {

    static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
    /** Volume types Pod Security "restricted" allows. */
    static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    private AdmissionRules() {
    }

    /** Names, labels and annotations of any object; plus the kind's own rules for Services and Pods. */
    static List<String> check(HasMetadata o) {
        List<String> v = new ArrayList<>();
        String what = o.getKind() + " " + o.getMetadata().getName();
        String name = o.getMetadata().getName();
        switch (o.getKind()) {
            case "Service" -> label(v, what + ": name (DNS-1035)", name, DNS1035_LABEL);
            case "Namespace" -> label(v, what + ": name (DNS-1123 label)", name, DNS1123_LABEL);
            default -> subdomain(v, what + ": name", name);
        }
        for (Map.Entry<String, String> l : o.getMetadata().getLabels().entrySet()) {
            qualifiedName(v, what + ": label key", l.getKey());
            if (l.getValue().length() > 63 || !LABEL_VALUE.matcher(l.getValue()).matches()) {
                v.add(what + ": label " + l.getKey() + " value '" + l.getValue() + "' is not a valid label value");
            }
        }
        long annotationBytes = 0;
        for (Map.Entry<String, String> a : o.getMetadata().getAnnotations().entrySet()) {
            qualifiedName(v, what + ": annotation key", a.getKey());
            annotationBytes += a.getKey().length() + a.getValue().length();
        }
        if (annotationBytes > 256 * 1024) {
            v.add(what + ": annotations exceed 256 KiB");
        }
        if (o instanceof Pod p) {
            v.addAll(pod(p));
        }
        if (o instanceof Service s) {
            s.getSpec().getPorts().forEach(port -> {
                if (port.getName() != null) {
                    portName(v, what + ": port name", port.getName());
                }
            });
        }
        return v;
    }

    private static List<String> pod(Pod p) {
        List<String> v = new ArrayList<>();
        String what = "Pod " + p.getMetadata().getName();
        if (p.getSpec().getHostname() != null) {
            label(v, what + ": hostname", p.getSpec().getHostname(), DNS1123_LABEL);
        }
        if (p.getSpec().getSubdomain() != null) {
            label(v, what + ": subdomain", p.getSpec().getSubdomain(), DNS1123_LABEL);
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Container c : all(p)) {
            String cw = what + " container " + c.getName();
            label(v, cw + ": name", c.getName(), DNS1123_LABEL);
            if (!names.add(c.getName())) {
                v.add(cw + ": name is not unique among the pod's containers and init containers");
            }
            for (ContainerPort port : c.getPorts()) {
                if (port.getName() != null) {
                    portName(v, cw + ": port name", port.getName());
                }
            }
            for (EnvVar e : c.getEnv()) {
                if (!ENV_NAME.matcher(e.getName()).matches()) {
                    v.add(cw + ": env name '" + e.getName() + "' is not a valid environment variable name");
                }
            }
            if (c.getResources() != null) {
                Map<String, Quantity> req = c.getResources().getRequests();
                Map<String, Quantity> lim = c.getResources().getLimits();
                for (String r : req.keySet()) {
                    if (lim.containsKey(r) && req.get(r).getNumericalAmount().compareTo(lim.get(r)
                            .getNumericalAmount()) > 0) {
                        v.add(cw + ": " + r + " request exceeds its limit");
                    }
                    if (r.startsWith("hugepages-") && (!lim.containsKey(r) || req.get(r).getNumericalAmount()
                            .compareTo(lim.get(r).getNumericalAmount()) != 0)) {
                        v.add(cw + ": " + r + " request must equal its limit");
                    }
                }
                boolean hugepages = req.keySet().stream().anyMatch(r -> r.startsWith("hugepages-"))
                        || lim.keySet().stream().anyMatch(r -> r.startsWith("hugepages-"));
                if (hugepages && !req.containsKey("cpu") && !req.containsKey("memory") && !lim.containsKey("cpu")
                        && !lim.containsKey("memory")) {
                    v.add(cw + ": hugepages need a cpu or memory request");
                }
            }
        }
        String networks = p.getMetadata().getAnnotations().get("k8s.v1.cni.cncf.io/networks");
        if (networks != null && networks.strip().startsWith("[")) {
            for (Object o : io.fabric8.kubernetes.client.utils.Serialization.unmarshal(networks, List.class)) {
                Map<?, ?> n = (Map<?, ?>) o;
                String iface = String.valueOf(n.get("interface"));
                if (!iface.matches("[A-Za-z0-9_.-]{1,15}") || iface.equals("eth0") || iface.equals("lo")) {
                    v.add(what + ": network interface '" + iface + "' is not a name the kernel takes (IFNAMSIZ)");
                }
                subdomain(v, what + ": network name", String.valueOf(n.get("name")));
                if (n.get("mac") != null && !String.valueOf(n.get("mac")).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}")) {
                    v.add(what + ": network " + n.get("name") + ": mac '" + n.get("mac") + "' is not a MAC address");
                }
                if (n.get("ips") instanceof List<?> ips) {
                    ips.forEach(ip -> {
                        if (!String.valueOf(ip).matches("(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}")) {
                            v.add(what + ": network " + n.get("name") + ": ip '" + ip + "' is not a CIDR");
                        }
                    });
                }
            }
        }
        return v;
    }

    /** The NetworkAttachmentDefinitions and ConfigMaps vnfbench creates. */
    static List<String> object(io.fabric8.kubernetes.api.model.GenericKubernetesResource o) {
        List<String> v = new ArrayList<>();
        String what = o.getKind() + " " + o.getMetadata().getName();
        Object spec = o.getAdditionalProperties().get("spec");
        Object config = spec instanceof Map<?, ?> m ? m.get("config") : null;
        try {
            Map<?, ?> cni = io.fabric8.kubernetes.client.utils.Serialization.unmarshal(String.valueOf(config),
                    Map.class);
            if (cni.get("cniVersion") == null || cni.get("type") == null) {
                v.add(what + ": spec.config has no cniVersion or type");
            }
            if (cni.get("bridge") != null && !String.valueOf(cni.get("bridge")).matches("[A-Za-z0-9_.-]{1,15}")) {
                v.add(what + ": bridge '" + cni.get("bridge") + "' is not a name the kernel takes (IFNAMSIZ)");
            }
        } catch (RuntimeException e) {
            v.add(what + ": spec.config is not a CNI configuration: " + e.getMessage());
        }
        return v;
    }

    /** ConfigMap keys (the API server's IsConfigMapKey) and the 1 MiB limit. */
    static List<String> configMap(io.fabric8.kubernetes.api.model.ConfigMap cm) {
        List<String> v = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, String> e : cm.getData().entrySet()) {
            if (!e.getKey().matches("[-._a-zA-Z0-9]+") || e.getKey().length() > 253) {
                v.add("ConfigMap " + cm.getMetadata().getName() + ": key '" + e.getKey() + "' is not valid");
            }
            bytes += e.getKey().length() + e.getValue().length();
        }
        if (bytes > 1 << 20) {
            v.add("ConfigMap " + cm.getMetadata().getName() + ": data exceeds 1 MiB");
        }
        return v;
    }

    /** The pod's containers and init containers (admission and QoS look at both). */
    static List<Container> all(Pod p) {
        List<Container> out = new ArrayList<>(p.getSpec().getInitContainers());
        out.addAll(p.getSpec().getContainers());
        return out;
    }

    /**
     * Pod Security "baseline" (pod-security-admission's baseline checks): no privileged containers, no capabilities
     * beyond the default set, only safe sysctls, no host namespaces.
     */
    static List<String> baseline(Pod p) {
        List<String> v = new ArrayList<>();
        String what = "Pod " + p.getMetadata().getName();
        Set<String> allowed = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
                "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
        for (Container c : all(p)) {
            SecurityContext sc = c.getSecurityContext();
            if (sc != null && Boolean.TRUE.equals(sc.getPrivileged())) {
                v.add(what + " container " + c.getName() + ": privileged");
            }
            if (sc != null && sc.getCapabilities() != null) {
                sc.getCapabilities().getAdd().stream().filter(a -> !allowed.contains(a))
                        .forEach(a -> v.add(what + " container " + c.getName() + ": capability " + a));
            }
        }
        if (p.getSpec().getSecurityContext() != null) {
            Set<String> safe = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
                    "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
                    "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
                    "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
            p.getSpec().getSecurityContext().getSysctls().stream().filter(s -> !safe.contains(s.getName()))
                    .forEach(s -> v.add(what + ": sysctl " + s.getName()));
        }
        return v;
    }

    /** Pod Security "restricted" (pod-security-admission's baseline and restricted checks). */
    static List<String> restricted(Pod p) {
        List<String> v = new ArrayList<>();
        String what = "Pod " + p.getMetadata().getName();
        var spec = p.getSpec();
        if (Boolean.TRUE.equals(spec.getHostNetwork()) || Boolean.TRUE.equals(spec.getHostPID())
                || Boolean.TRUE.equals(spec.getHostIPC())) {
            v.add(what + ": host namespaces");
        }
        for (Volume vol : spec.getVolumes()) {
            Map<String, Object> fields = io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
                    io.fabric8.kubernetes.client.utils.Serialization.asJson(vol), Map.class);
            fields.keySet().stream().filter(k -> !k.equals("name") && !RESTRICTED_VOLUMES.contains(k))
                    .forEach(k -> v.add(what + ": volume " + vol.getName() + " of type " + k));
        }
        PodSecurityContext psc = spec.getSecurityContext();
        boolean podNonRoot = psc != null && Boolean.TRUE.equals(psc.getRunAsNonRoot());
        boolean podSeccomp = psc != null && psc.getSeccompProfile() != null
                && Set.of("RuntimeDefault", "Localhost").contains(psc.getSeccompProfile().getType());
        if (psc != null && Long.valueOf(0).equals(psc.getRunAsUser())) {
            v.add(what + ": runAsUser 0");
        }
        for (Container c : all(p)) {
            String cw = what + " container " + c.getName();
            SecurityContext sc = c.getSecurityContext();
            if (sc == null) {
                v.add(cw + ": no securityContext (allowPrivilegeEscalation and capabilities must be set)");
                continue;
            }
            if (Boolean.TRUE.equals(sc.getPrivileged())) {
                v.add(cw + ": privileged");
            }
            if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                v.add(cw + ": allowPrivilegeEscalation must be false");
            }
            Capabilities caps = sc.getCapabilities();
            if (caps == null || !caps.getDrop().contains("ALL")) {
                v.add(cw + ": capabilities must drop ALL");
            }
            if (caps != null && caps.getAdd().stream().anyMatch(a -> !a.equals("NET_BIND_SERVICE"))) {
                v.add(cw + ": capabilities may add only NET_BIND_SERVICE, not " + caps.getAdd());
            }
            boolean nonRoot = sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot() : podNonRoot;
            if (!nonRoot) {
                v.add(cw + ": runAsNonRoot must be true (pod or container)");
            }
            if (Long.valueOf(0).equals(sc.getRunAsUser())) {
                v.add(cw + ": runAsUser 0");
            }
            boolean seccomp = sc.getSeccompProfile() != null
                    ? Set.of("RuntimeDefault", "Localhost").contains(sc.getSeccompProfile().getType()) : podSeccomp;
            if (!seccomp) {
                v.add(cw + ": seccompProfile must be RuntimeDefault or Localhost");
            }
        }
        return v;
    }

    /**
     * The QoS class the kubelet gives the pod (Guaranteed: every container's and init container's cpu and memory
     * limits = requests; kubernetes' GetPodQOS looks at both).
     */
    static String qosClass(Pod p) {
        boolean any = false;
        boolean guaranteed = true;
        for (Container c : all(p)) {
            Map<String, Quantity> req = c.getResources() == null ? Map.of() : c.getResources().getRequests();
            Map<String, Quantity> lim = c.getResources() == null ? Map.of() : c.getResources().getLimits();
            for (String r : List.of("cpu", "memory")) {
                Quantity l = lim.get(r);
                Quantity q = req.containsKey(r) ? req.get(r) : l; // a request defaults to its limit
                any |= l != null || q != null;
                guaranteed &= l != null && q.getNumericalAmount().compareTo(l.getNumericalAmount()) == 0;
            }
        }
        return !any ? "BestEffort" : guaranteed ? "Guaranteed" : "Burstable";
    }

    /** The Pod Security level a namespace enforces (its label), "privileged" when unset. */
    static String enforced(Namespace ns) {
        return ns.getMetadata().getLabels().getOrDefault("pod-security.kubernetes.io/enforce", "privileged");
    }

    private static void label(List<String> v, String what, String value, Pattern pattern) {
        if (value == null || value.length() > 63 || !pattern.matcher(value).matches()) {
            v.add(what + " '" + value + "' is not valid");
        }
    }

    private static void subdomain(List<String> v, String what, String value) {
        if (value == null || value.length() > 253 || !DNS1123_SUBDOMAIN.matcher(value).matches()) {
            v.add(what + " '" + value + "' is not a DNS-1123 subdomain");
        }
    }

    private static void qualifiedName(List<String> v, String what, String key) {
        String name = key;
        int slash = key.indexOf('/');
        if (slash >= 0) {
            subdomain(v, what + " prefix", key.substring(0, slash));
            name = key.substring(slash + 1);
        }
        if (name.length() > 63 || !QUALIFIED_NAME.matcher(name).matches()) {
            v.add(what + " '" + key + "' is not a qualified name");
        }
    }

    /** IANA_SVC_NAME: at most 15 characters, [-a-z0-9], a letter, no leading, trailing or double hyphen. */
    private static void portName(List<String> v, String what, String name) {
        if (name.length() > 15 || !name.matches("[-a-z0-9]+") || !name.matches(".*[a-z].*")
                || name.startsWith("-") || name.endsWith("-") || name.contains("--")) {
            v.add(what + " '" + name + "' is not an IANA service name");
        }
    }
}
