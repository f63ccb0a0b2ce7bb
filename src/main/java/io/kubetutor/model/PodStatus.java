package io.kubetutor.model;

import java.util.List;

/** v1 PodStatus, as far as a manifest may pin it (phase, IPs, conditions). */
public record PodStatus(String phase, String podIP, List<String> podIPs, String hostIP,
                        List<Condition> conditions) {
    public static final PodStatus EMPTY = new PodStatus("", "", List.of(), "", List.of());

    public PodStatus {
        phase = phase == null ? "" : phase;
        podIP = podIP == null ? "" : podIP;
        podIPs = Maps.list(podIPs);
        hostIP = hostIP == null ? "" : hostIP;
        conditions = Maps.list(conditions);
    }

    /** The status of the condition of the given type ("True", "False", "Unknown"), or null. */
    public String condition(String type) {
        for (Condition c : conditions) {
            if (c.type().equals(type)) {
                return c.status();
            }
        }
        return null;
    }

    public record Condition(String type, String status) {
        public Condition {
            type = type == null ? "" : type;
            status = status == null ? "" : status;
        }
    }
}
