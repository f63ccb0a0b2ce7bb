package io.kubetutor.ui.layout;

import io.kubetutor.sim.ClusterEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a state's events get a short-lived callout on the topology, and where: an endpoint
 * change at the line between its Service and pod, a pod's restart or failure to schedule at the
 * pod. The rest (every probe attempt, allocations, kube-system's own endpoints) stay in the
 * event log. At most {@link #MAX}
 * per state, the latest kept, so scaling to a hundred pods does not bury the view.
 */
public final class EventCallouts {
    public static final int MAX = 4;
    private static final Set<ClusterEvent.Kind> AT_LINE = Set.of(ClusterEvent.Kind.ENDPOINT_ADDED,
            ClusterEvent.Kind.ENDPOINT_NOT_READY_ADDED, ClusterEvent.Kind.ENDPOINT_READY,
            ClusterEvent.Kind.ENDPOINT_NOT_READY, ClusterEvent.Kind.ENDPOINT_REMOVED);
    private static final Set<ClusterEvent.Kind> AT_POD = Set.of(ClusterEvent.Kind.CONTAINER_RESTARTED,
            ClusterEvent.Kind.CONTAINER_BACK_OFF, ClusterEvent.Kind.POD_UNSCHEDULABLE);

    /**
     * @param serviceId the Service whose line the callout sits on, or null for a pod callout
     * @param podId     the pod concerned
     */
    public record Callout(String serviceId, String podId, String text, ClusterEvent.Kind kind) {
    }

    private EventCallouts() {
    }

    /** Callouts worded as the simulator words events (English). */
    public static List<Callout> of(List<ClusterEvent> events) {
        return of(events, ClusterEvent::text);
    }

    /** Callouts with each event worded by {@code words} (the window's language). */
    public static List<Callout> of(List<ClusterEvent> events, java.util.function.Function<ClusterEvent, String> words) {
        List<Callout> out = new ArrayList<>();
        for (ClusterEvent e : events) {
            if (AT_LINE.contains(e.kind()) && e.subject() != null && e.related() != null
                    && !PodItems.SYSTEM_NAMESPACE.equals(e.subject().namespace())) {
                out.add(new Callout(ElementIds.service(e.subject().namespace(), e.subject().name()),
                        ElementIds.pod(e.related().namespace(), e.related().name()), words.apply(e), e.kind()));
            } else if (AT_POD.contains(e.kind()) && e.subject() != null) {
                out.add(new Callout(null, ElementIds.pod(e.subject().namespace(), e.subject().name()),
                        words.apply(e), e.kind()));
            }
        }
        return out.size() <= MAX ? out : List.copyOf(out.subList(out.size() - MAX, out.size()));
    }
}
