package io.kubetutor.kubectl;

import io.kubetutor.kubectl.print.EventRow;
import io.kubetutor.model.Container;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.PodStatus.ContainerStatus;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A pod's status as the kubelet reports it: conditions with the reasons and messages the kubelet
 * and controllers write, init and regular container statuses (regular ones sorted by name, as the
 * kubelet sorts them), addresses, phase, QoS class and start time.
 *
 * <p>The model keeps one time per container state and none per condition, so a condition's
 * lastTransitionTime is the nearest time the cluster does keep: PodScheduled the Scheduled (or
 * FailedScheduling) event, Initialized the pod's start, PodReadyToStartContainers the first
 * container start, Ready and ContainersReady the recorded readiness change
 * ({@link KubectlCluster#readyChangedAt}). A restarted container's lastState stays
 * {@code {}} and a terminated one has no exit code unless it completed: the model keeps neither.
 * Container ids and image digests are derived from the pod and image, as a real runtime's cannot
 * be known.
 */
final class PodStatusTree {
    private PodStatusTree() {
    }

    static Map<String, Object> of(Pod p, String volume, List<EventRow> events, OptionalLong readyChangedAt) {
        PodStatus st = p.status();
        Map<String, Object> out = new LinkedHashMap<>();
        putString(out, "phase", st.phase());
        List<Object> conditions = new ArrayList<>();
        for (PodStatus.Condition c : st.conditions()) {
            conditions.add(condition(p, c, events, readyChangedAt));
        }
        if (!conditions.isEmpty()) {
            out.put("conditions", conditions);
        }
        putString(out, "reason", st.reason());
        if (!st.hostIP().isEmpty()) {
            out.put("hostIP", st.hostIP());
            out.put("hostIPs", List.of(Map.of("ip", st.hostIP())));
        }
        List<String> podIPs = !st.podIPs().isEmpty() ? st.podIPs()
                : st.podIP().isEmpty() ? List.of() : List.of(st.podIP());
        if (!podIPs.isEmpty()) {
            out.put("podIP", podIPs.get(0));
            List<Object> ips = new ArrayList<>();
            podIPs.forEach(ip -> ips.add(Map.of("ip", ip)));
            out.put("podIPs", ips);
        }
        if (st.startTime() != null) {
            out.put("startTime", ApiTime.of(st.startTime()));
        }
        List<Object> init = new ArrayList<>();
        for (Container c : p.spec().initContainers()) {
            ContainerStatus cs = statusOf(st, c.name());
            if (cs != null) {
                init.add(containerStatus(p, c, cs, volume));
            }
        }
        if (!init.isEmpty()) {
            out.put("initContainerStatuses", init);
        }
        List<Container> regular = new ArrayList<>(p.spec().containers());
        regular.sort((a, b) -> GoValues.STRING_ORDER.compare(a.name(), b.name()));
        List<Object> statuses = new ArrayList<>();
        for (Container c : regular) {
            ContainerStatus cs = statusOf(st, c.name());
            if (cs != null) {
                statuses.add(containerStatus(p, c, cs, volume));
            }
        }
        if (!statuses.isEmpty()) {
            out.put("containerStatuses", statuses);
        }
        // Every pod the model holds asks for no resources.
        out.put("qosClass", "BestEffort");
        return out;
    }

    private static ContainerStatus statusOf(PodStatus st, String name) {
        for (ContainerStatus cs : st.containerStatuses()) {
            if (cs.name().equals(name)) {
                return cs;
            }
        }
        return null;
    }

    private static Map<String, Object> condition(Pod p, PodStatus.Condition c, List<EventRow> events,
                                                 OptionalLong readyChangedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type());
        m.put("status", c.status());
        m.put("lastProbeTime", null);
        m.put("lastTransitionTime", ApiTime.of(transitionTime(p, c, events, readyChangedAt)));
        switch (c.type()) {
            case "PodScheduled" -> {
                if (c.status().equals("False")) {
                    m.put("reason", "Unschedulable");
                    EventRow failed = last(events, "FailedScheduling");
                    if (failed != null) {
                        m.put("message", failed.message());
                    }
                }
            }
            case "Ready", "ContainersReady" -> {
                if (c.status().equals("False")) {
                    if (p.status().phase().equals("Succeeded")) {
                        m.put("reason", "PodCompleted");
                    } else {
                        String message = unreadyMessage(p);
                        if (!message.isEmpty()) {
                            m.put("reason", "ContainersNotReady");
                            m.put("message", message);
                        }
                    }
                }
            }
            case "Initialized" -> {
                if (c.status().equals("False")) {
                    String message = uninitializedMessage(p);
                    if (!message.isEmpty()) {
                        m.put("reason", "ContainersNotInitialized");
                        m.put("message", message);
                    }
                }
            }
            case "DisruptionTarget" -> {
                // The only disruption the tutor simulates: the taint eviction controller's.
                m.put("reason", "DeletionByTaintManager");
                m.put("message", "Taint manager: deleting due to NoExecute taint");
            }
            default -> {
            }
        }
        return m;
    }

    private static Long transitionTime(Pod p, PodStatus.Condition c, List<EventRow> events,
                                       OptionalLong readyChangedAt) {
        Long created = p.metadata().creationTimestamp();
        Long start = p.status().startTime() != null ? p.status().startTime() : created;
        switch (c.type()) {
            case "PodScheduled": {
                EventRow e = c.status().equals("True") ? last(events, "Scheduled") : first(events, "FailedScheduling");
                return e != null ? Long.valueOf(c.status().equals("True") ? e.lastSeen() : e.firstSeen()) : created;
            }
            case "PodReadyToStartContainers":
                return c.status().equals("True") ? firstContainerStart(p, start) : start;
            case "Ready":
            case "ContainersReady":
                return readySince(p, readyChangedAt);
            case "DisruptionTarget":
                return p.metadata().deletionTimestamp() != null ? p.metadata().deletionTimestamp() : start;
            default:
                return start;
        }
    }

    /** When the first container started: the sandbox was ready by then. */
    private static Long firstContainerStart(Pod p, Long fallback) {
        Long first = null;
        for (ContainerStatus cs : p.status().containerStatuses()) {
            if (!cs.state().equals("waiting") && cs.stateSince() != null && (first == null || cs.stateSince() < first)) {
                first = cs.stateSince();
            }
        }
        return first != null ? first : fallback;
    }

    /**
     * When the Ready condition last changed: as the cluster recorded it, else, for a ready pod, the
     * last container start (plus a readiness probe's initial delay), and for an unready one the
     * pod's start. kubectl's choice of a workload's pod reads it too.
     */
    static Long readySince(Pod p, OptionalLong recorded) {
        if (recorded.isPresent()) {
            return recorded.getAsLong();
        }
        Long start = p.status().startTime() != null ? p.status().startTime() : p.metadata().creationTimestamp();
        return p.status().ready() ? latestContainerChange(p, start) : start;
    }

    private static Long latestContainerChange(Pod p, Long fallback) {
        Long latest = null;
        for (Container c : p.spec().containers()) {
            ContainerStatus cs = statusOf(p.status(), c.name());
            if (cs == null) {
                continue;
            }
            Long t = cs.stateSince();
            if (t != null && cs.state().equals("running") && cs.ready() && c.readinessProbe() != null) {
                t = t + c.readinessProbe().initialDelaySeconds() * 1000L;
            }
            latest = max(max(latest, t), cs.lastTerminatedAt());
        }
        return latest != null ? latest : fallback;
    }

    private static Long max(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null || a >= b ? a : b;
    }

    /** GenerateContainersReadyCondition's message: sidecars, then containers, by spec order. */
    private static String unreadyMessage(Pod p) {
        List<String> unknown = new ArrayList<>();
        List<String> unready = new ArrayList<>();
        List<Container> counted = new ArrayList<>();
        for (Container c : p.spec().initContainers()) {
            if ("Always".equals(c.restartPolicy())) {
                counted.add(c);
            }
        }
        counted.addAll(p.spec().containers());
        for (Container c : counted) {
            ContainerStatus cs = statusOf(p.status(), c.name());
            if (cs == null) {
                unknown.add(c.name());
            } else if (!cs.ready()) {
                unready.add(c.name());
            }
        }
        return messages(unknown, "unknown", unready, "unready");
    }

    /** GeneratePodInitializedCondition's message for init containers that have not finished. */
    private static String uninitializedMessage(Pod p) {
        List<String> unknown = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Container c : p.spec().initContainers()) {
            ContainerStatus cs = statusOf(p.status(), c.name());
            boolean sidecar = "Always".equals(c.restartPolicy());
            if (cs == null) {
                unknown.add(c.name());
            } else if (sidecar ? !Boolean.TRUE.equals(cs.started())
                    : !(cs.state().equals("terminated") && cs.stateReason().equals("Completed"))) {
                incomplete.add(c.name());
            }
        }
        return messages(unknown, "unknown", incomplete, "incomplete");
    }

    private static String messages(List<String> first, String firstWord, List<String> second, String secondWord) {
        List<String> parts = new ArrayList<>();
        if (!first.isEmpty()) {
            parts.add("containers with " + firstWord + " status: " + GoText.list(first));
        }
        if (!second.isEmpty()) {
            parts.add("containers with " + secondWord + " status: " + GoText.list(second));
        }
        return String.join(", ", parts);
    }

    private static Map<String, Object> containerStatus(Pod p, Container c, ContainerStatus cs, String volume) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("state", state(p, c, cs));
        m.put("lastState", new LinkedHashMap<String, Object>());
        m.put("ready", cs.ready());
        m.put("restartCount", (long) cs.restartCount());
        boolean created = !cs.state().equals("waiting") || cs.restartCount() > 0;
        ImageNames.Parsed image = ImageNames.parse(c.image());
        m.put("image", created ? image.reported() : c.image());
        m.put("imageID", created ? image.imageId() : "");
        if (created) {
            m.put("containerID", containerId(p, c, cs));
            // InPlacePodVerticalScaling (beta, on in v1.33) reports the running container's resources.
            m.put("resources", new LinkedHashMap<String, Object>());
        }
        if (cs.started() != null) {
            m.put("started", cs.started());
        }
        Map<String, Object> mount = PodTree.apiAccessMount(volume);
        mount.put("recursiveReadOnly", "Disabled");
        m.put("volumeMounts", List.of(mount));
        return m;
    }

    private static Map<String, Object> state(Pod p, Container c, ContainerStatus cs) {
        Map<String, Object> detail = new LinkedHashMap<>();
        switch (cs.state()) {
            case "running" -> {
                detail.put("startedAt", ApiTime.of(cs.stateSince()));
                return Map.of("running", detail);
            }
            case "terminated" -> {
                detail.put("containerID", containerId(p, c, cs));
                if (cs.stateReason().equals("Completed")) {
                    detail.put("exitCode", 0L);
                }
                detail.put("finishedAt", ApiTime.of(cs.stateSince()));
                putString(detail, "reason", cs.stateReason());
                return Map.of("terminated", detail);
            }
            default -> {
                String reason = cs.stateReason().isEmpty() ? "ContainerCreating" : cs.stateReason();
                detail.put("reason", reason);
                if (reason.equals("CrashLoopBackOff")) {
                    detail.put("message", "back-off " + backOff(cs.restartCount()) + " restarting failed container="
                            + c.name() + " pod=" + p.name() + "_" + p.namespace() + "(" + p.metadata().uid() + ")");
                }
                return Map.of("waiting", detail);
            }
        }
    }

    /** The kubelet's restart back-off after N restarts: 10 s doubling up to 5 min, as Go prints a duration. */
    static String backOff(int restarts) {
        long seconds = Math.min(300, 10L << Math.max(0, Math.min(10, restarts - 2)));
        return seconds < 60 ? seconds + "s" : seconds / 60 + "m" + seconds % 60 + "s";
    }

    private static String containerId(Pod p, Container c, ContainerStatus cs) {
        return "containerd://" + HexFormat.of().formatHex(Hashes.sha256(p.metadata().uid() + "/" + c.name() + "/"
                + cs.restartCount()));
    }

    private static EventRow last(List<EventRow> events, String reason) {
        EventRow found = null;
        for (EventRow e : events) {
            if (e.reason().equals(reason)) {
                found = e;
            }
        }
        return found;
    }

    private static EventRow first(List<EventRow> events, String reason) {
        for (EventRow e : events) {
            if (e.reason().equals(reason)) {
                return e;
            }
        }
        return null;
    }

    private static void putString(Map<String, Object> out, String key, String value) {
        ApiObjects.putString(out, key, value);
    }
}
