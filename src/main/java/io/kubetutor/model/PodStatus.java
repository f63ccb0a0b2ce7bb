package io.kubetutor.model;

import java.util.List;

/**
 * v1 PodStatus: what a manifest may pin (phase, IPs, conditions) and what the simulated kubelet
 * reports (start time, container statuses). {@code startTime} is virtual milliseconds, null when
 * unset.
 */
public record PodStatus(String phase, String podIP, List<String> podIPs, String hostIP,
                        List<Condition> conditions, Long startTime, List<ContainerStatus> containerStatuses,
                        String reason) {
    public static final PodStatus EMPTY = new PodStatus("", "", List.of(), "", List.of());

    public PodStatus {
        phase = phase == null ? "" : phase;
        podIP = podIP == null ? "" : podIP;
        podIPs = Maps.list(podIPs);
        hostIP = hostIP == null ? "" : hostIP;
        conditions = Maps.list(conditions);
        containerStatuses = Maps.list(containerStatuses);
        reason = reason == null ? "" : reason;
    }

    /** The part a manifest can pin. */
    public PodStatus(String phase, String podIP, List<String> podIPs, String hostIP, List<Condition> conditions) {
        this(phase, podIP, podIPs, hostIP, conditions, null, List.of(), "");
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

    /** Whether the Ready condition is True. */
    public boolean ready() {
        return "True".equals(condition("Ready"));
    }

    public record Condition(String type, String status) {
        public Condition {
            type = type == null ? "" : type;
            status = status == null ? "" : status;
        }
    }

    /**
     * v1 ContainerStatus, reduced to what kubectl prints. {@code state} is "waiting", "running" or
     * "terminated"; {@code stateReason} is the waiting/terminated reason (ContainerCreating,
     * CrashLoopBackOff, Completed, Error); {@code lastTerminatedAt} is virtual milliseconds of the
     * last termination, null when it never restarted.
     */
    public record ContainerStatus(String name, boolean ready, Boolean started, int restartCount, String state,
                                  String stateReason, Long stateSince, Long lastTerminatedAt) {
        public ContainerStatus {
            name = name == null ? "" : name;
            state = state == null ? "" : state;
            stateReason = stateReason == null ? "" : stateReason;
        }
    }
}
