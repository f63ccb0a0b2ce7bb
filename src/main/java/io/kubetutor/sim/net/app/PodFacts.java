package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What a process inside a pod can learn about where it runs: hostname, addresses, its start. */
final class PodFacts {
    private PodFacts() {
    }

    /**
     * The pod's hostname as the kubelet sets it: {@code spec.hostname} or the pod name, cut to 63
     * characters without a trailing {@code -} or {@code .}.
     */
    static String hostname(Pod pod) {
        String h = pod.spec().hostname().isEmpty() ? pod.metadata().name() : pod.spec().hostname();
        if (h.length() > 63) {
            h = h.substring(0, 63).replaceFirst("[-.]+$", "");
        }
        return h;
    }

    /** The pod's own addresses (status.podIPs, else status.podIP). */
    static List<String> podIps(Pod pod) {
        PodStatus s = pod.status();
        if (!s.podIPs().isEmpty()) {
            return s.podIPs();
        }
        return s.podIP().isEmpty() ? List.of() : List.of(s.podIP());
    }

    static String podIp(Pod pod) {
        List<String> ips = podIps(pod);
        return ips.isEmpty() ? "" : ips.get(0);
    }

    /**
     * Every address a process sees on the pod's interfaces, in the kernel's order: lo (127.0.0.1,
     * ::1), then eth0 (the pod IPs and its IPv6 link-local address).
     */
    static List<String> interfaceAddresses(Pod pod) {
        List<String> out = new ArrayList<>(List.of("127.0.0.1", "::1"));
        out.addAll(podIps(pod));
        out.add(linkLocal(pod));
        return out;
    }

    /**
     * eth0's fe80:: address. The CNI gives the veth a random MAC; the tutor derives a locally
     * administered one from the pod's UID (or name) so the address is stable, then forms the
     * EUI-64 link-local address the kernel would.
     */
    static String linkLocal(Pod pod) {
        String seed = pod.metadata().uid().isEmpty() ? pod.metadata().namespace() + "/" + pod.metadata().name()
                : pod.metadata().uid();
        byte[] h = sha256(seed);
        int[] mac = {(h[0] & 0xfc) | 0x02, h[1] & 0xff, h[2] & 0xff, h[3] & 0xff, h[4] & 0xff, h[5] & 0xff};
        int[] groups = {0xfe80, 0, 0, 0,
            ((mac[0] ^ 0x02) << 8) | mac[1], (mac[2] << 8) | 0xff, 0xfe00 | mac[3], (mac[4] << 8) | mac[5]};
        return ipv6(groups);
    }

    static String ipv6(int[] groups) {
        return io.kubetutor.model.GoIP.ipv6Text(groups);
    }

    /**
     * When the container's current process started (virtual ms): its running state's start, else
     * the pod's start time, else 0.
     */
    static long processStart(Pod pod, Container c) {
        for (PodStatus.ContainerStatus cs : pod.status().containerStatuses()) {
            if (cs.name().equals(c.name()) && cs.state().equals("running") && cs.stateSince() != null) {
                return cs.stateSince();
            }
        }
        return pod.status().startTime() != null ? pod.status().startTime() : 0L;
    }

    /** A stable 32-hex-digit id (nginx's {@code $request_id}) for one request at one instant. */
    static String requestId(Pod pod, HttpRequest req, long now) {
        byte[] h = sha256(pod.metadata().uid() + "|" + pod.metadata().name() + "|" + req.remoteAddr() + "|"
                + req.method() + " " + req.path() + "|" + now);
        return HexFormat.of().formatHex(h, 0, 16);
    }

    /** The value a process sees for environment variable {@code name}, or null when unset. */
    static String env(Pod pod, Container c, String name) {
        String value = null;
        boolean declared = false;
        for (Container.EnvVar e : c.env()) {
            if (e.name().equals(name)) {
                declared = true;
                value = e.value();
            }
        }
        if (!declared) {
            return name.equals("HOSTNAME") ? hostname(pod) : null;
        }
        if (!value.isEmpty()) {
            return value;
        }
        // valueFrom is not kept by the model: assume the downward-API field these names conventionally carry.
        return switch (name) {
            case "POD_NAME" -> pod.metadata().name();
            case "POD_NAMESPACE" -> pod.metadata().namespace();
            case "POD_IP" -> podIp(pod);
            case "NODE_NAME" -> pod.spec().nodeName();
            default -> "";
        };
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
