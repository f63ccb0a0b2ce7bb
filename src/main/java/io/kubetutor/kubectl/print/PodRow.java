package io.kubetutor.kubectl.print;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.PodStatus.ContainerStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The READY, STATUS and RESTARTS cells of {@code kubectl get pods}, computed as printers.go printPod
 * does: STATUS starts from the phase (or status.reason), is overridden by init-container progress,
 * then by the first container (in spec order) that is waiting or terminated with a reason, and finally
 * by Terminating once deletion has begun.
 *
 * <p>The model reports container states as a state name and reason; it has no exit codes or
 * signals, and no separate init-container statuses. A status whose name is an init container's is
 * read as that init container's; a terminated state with reason "Completed" stands for exit code 0
 * (the kubelet gives exactly that reason to a clean exit).
 */
public record PodRow(String ready, String status, String restarts) {
    private static final String ALWAYS = "Always";

    /** The cells for {@code pod} at virtual time {@code now} (also read by the topology view's pod cards). */
    public static PodRow of(Pod pod, long now) {
        PodStatus st = pod.status();
        Map<String, Container> initContainers = new HashMap<>();
        int total = pod.spec().containers().size();
        for (Container c : pod.spec().initContainers()) {
            initContainers.put(c.name(), c);
            if (ALWAYS.equals(c.restartPolicy())) {
                total++;
            }
        }
        List<ContainerStatus> initStatuses = new ArrayList<>();
        List<ContainerStatus> statuses = new ArrayList<>();
        for (ContainerStatus cs : st.containerStatuses()) {
            (initContainers.containsKey(cs.name()) ? initStatuses : statuses).add(cs);
        }

        String reason = st.reason().isEmpty() ? st.phase() : st.reason();
        int ready = 0;
        int restarts = 0;
        int sidecarRestarts = 0;
        Long lastRestart = null;
        Long lastSidecarRestart = null;
        boolean initializing = false;
        for (int i = 0; i < initStatuses.size(); i++) {
            ContainerStatus c = initStatuses.get(i);
            boolean sidecar = ALWAYS.equals(initContainers.get(c.name()).restartPolicy());
            restarts += c.restartCount();
            lastRestart = later(lastRestart, c.lastTerminatedAt());
            if (sidecar) {
                sidecarRestarts += c.restartCount();
                lastSidecarRestart = later(lastSidecarRestart, c.lastTerminatedAt());
            }
            if (terminated(c) && "Completed".equals(c.stateReason())) {
                continue;
            }
            if (sidecar && Boolean.TRUE.equals(c.started())) {
                if (c.ready()) {
                    ready++;
                }
                continue;
            }
            if (terminated(c)) {
                // Without an exit code the model cannot print Init:ExitCode:N; its reason is all there is.
                reason = "Init:" + c.stateReason();
            } else if (waiting(c) && !c.stateReason().isEmpty() && !"PodInitializing".equals(c.stateReason())) {
                reason = "Init:" + c.stateReason();
            } else {
                reason = "Init:" + i + "/" + pod.spec().initContainers().size();
            }
            initializing = true;
            break;
        }

        if (!initializing || "True".equals(st.condition("Initialized"))) {
            restarts = sidecarRestarts;
            lastRestart = lastSidecarRestart;
            boolean hasRunning = false;
            // Backwards, so the first container in spec order has the last word on the reason.
            for (int i = statuses.size() - 1; i >= 0; i--) {
                ContainerStatus c = statuses.get(i);
                restarts += c.restartCount();
                lastRestart = later(lastRestart, c.lastTerminatedAt());
                if (waiting(c) && !c.stateReason().isEmpty()) {
                    reason = c.stateReason();
                } else if (terminated(c) && !c.stateReason().isEmpty()) {
                    reason = c.stateReason();
                } else if (c.ready() && "running".equals(c.state())) {
                    hasRunning = true;
                    ready++;
                }
            }
            if ("Completed".equals(reason) && hasRunning) {
                reason = st.ready() ? "Running" : "NotReady";
            }
        }

        boolean terminal = "Succeeded".equals(st.phase()) || "Failed".equals(st.phase());
        if (pod.metadata().deleting() && "NodeLost".equals(st.reason())) {
            reason = "Unknown";
        } else if (pod.metadata().deleting() && !terminal) {
            reason = "Terminating";
        }

        String restartText = Integer.toString(restarts);
        if (restarts != 0 && lastRestart != null) {
            restartText = restarts + " (" + HumanDuration.since(lastRestart, now) + " ago)";
        }
        return new PodRow(ready + "/" + total, reason, restartText);
    }

    private static boolean waiting(ContainerStatus c) {
        return "waiting".equals(c.state());
    }

    private static boolean terminated(ContainerStatus c) {
        return "terminated".equals(c.state());
    }

    private static Long later(Long a, Long b) {
        if (b == null) {
            return a;
        }
        return a == null || a < b ? b : a;
    }
}
