package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.ObjectKey;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns cluster events and traced requests into event log rows, words them in the current language
 * and decides which rows a filter keeps. Ids increase across everything one instance builds.
 */
public final class EventRows {
    /** Outcomes "Drops only" keeps: the client got nothing back it could use. */
    static final Set<Outcome> FAILED = Set.of(Outcome.DROPPED, Outcome.REFUSED, Outcome.UNREACHABLE,
            Outcome.NO_REPLY);

    private long nextId;

    /** One cluster event as one row; {@code node} is where its pod runs (null when unknown or not a pod's). */
    public LogEntry event(ClusterEvent e, String node) {
        return new LogEntry(new EventRow(++nextId, EventRow.Kind.EVENT, e.at(), place(e, node),
                EventType.of(e.kind()), e, null, -1), List.of());
    }

    /** One request: its header and a row per hop, in order. */
    public LogEntry trace(Trace t) {
        Place first = t.hops().isEmpty() ? Place.client(t.from()) : t.hops().get(0).at();
        EventRow head = new EventRow(++nextId, EventRow.Kind.REQUEST, t.at(), place(first), EventType.of(t.kind()),
                null, t, -1);
        List<EventRow> hops = new ArrayList<>();
        for (int i = 0; i < t.hops().size(); i++) {
            Hop h = t.hops().get(i);
            hops.add(new EventRow(++nextId, EventRow.Kind.HOP, t.at(), place(h.at()), EventType.of(h.action()), null,
                    t, i));
        }
        return new LogEntry(head, hops);
    }

    /** Virtual time as the log shows it: {@code 12.400 s}. */
    public static String time(long millis) {
        return String.format(Locale.ROOT, "%d.%03d s", millis / 1000, millis % 1000);
    }

    /** Where a hop happens: the client, node or pod name; kube-proxy with its node. */
    public static String place(Place p) {
        return switch (p.kind()) {
            case KUBE_PROXY -> "kube-proxy (" + p.name() + ")";
            default -> p.name();
        };
    }

    /** Which part of Kubernetes made the change: the API server, a controller, the scheduler or a node's kubelet. */
    static String place(ClusterEvent e, String node) {
        return switch (e.kind()) {
            case OBJECT_CREATED, OBJECT_CONFIGURED, OBJECT_DELETED, ALLOCATED, RELEASED, POD_LABELS_CHANGED ->
                    "api-server";
            case LOAD_BALANCER_ASSIGNED -> "cloud-controller-manager";
            case POD_CREATED, REPLICA_SET_CREATED, WORKLOAD_SCALED -> "controller-manager";
            case POD_SCHEDULED, POD_UNSCHEDULABLE -> "scheduler";
            case POD_STARTED, POD_READY, POD_NOT_READY, PROBE_FAILED, CONTAINER_RESTARTED, CONTAINER_BACK_OFF,
                 POD_TERMINATING, POD_DELETED -> node == null || node.isEmpty() ? "kubelet" : node;
            case APP_ANSWERS_CHANGED -> e.subject().name();
            case ENDPOINT_ADDED, ENDPOINT_NOT_READY_ADDED, ENDPOINT_READY, ENDPOINT_NOT_READY, ENDPOINT_REMOVED ->
                    "endpoint-controller";
            case ENDPOINT_SLICE_WRITTEN -> "endpointslice-controller";
            case NODE_CORDONED, NODE_UNCORDONED -> "api-server";
            case NODE_FAILED, NODE_READY -> e.subject() == null ? "kubelet" : e.subject().name();
            case NODE_NOT_READY, NODE_TAINTED, NODE_TAINT_REMOVED, ZONE_DISRUPTION -> "node-lifecycle-controller";
            case POD_EVICTION_SCHEDULED, POD_EVICTION_CANCELLED, POD_EVICTED -> "taint-eviction-controller";
        };
    }

    /** The summary column in {@code m}'s language. */
    public static String summary(EventRow r, Messages m) {
        return switch (r.kind()) {
            case EVENT -> eventText(r.event(), m);
            case REQUEST -> requestText(r.trace(), m);
            case HOP -> hopText(r.trace().hops().get(r.hop()), m);
        };
    }

    /**
     * The whole text behind a row, for its tooltip: the event's cause and effect as the simulator
     * words them, or the hop's full reason in {@code m}'s language.
     */
    public static String fullText(EventRow r, Messages m) {
        return switch (r.kind()) {
            case EVENT -> r.event().text().isEmpty() ? eventText(r.event(), m) : r.event().text();
            case REQUEST -> {
                String summary = ReasonWords.text(r.trace().summaryBecause(), m);
                yield summary.isEmpty() ? requestText(r.trace(), m) : requestText(r.trace(), m) + "\n" + summary;
            }
            case HOP -> {
                Hop h = r.trace().hops().get(r.hop());
                yield h.src() + " → " + h.dst() + "\n" + ReasonWords.text(h.because(), m);
            }
        };
    }

    /**
     * English shows the simulator's own sentence (cause → effect), written for this log; other
     * languages word the event from its fields, since the simulator speaks only English.
     */
    public static String eventText(ClusterEvent e, Messages m) {
        if (!m.korean() && !e.text().isEmpty()) {
            return e.text();
        }
        ObjectKey s = e.subject();
        String subject = s == null ? "" : s.kind().toLowerCase(Locale.ROOT) + "/" + s.name();
        String related = e.related() == null ? "" : e.related().name();
        String text = m.format("panels.event." + e.kind().name(), subject, s == null ? "" : s.name(), related,
                e.address());
        boolean relatedNamed = e.kind().name().startsWith("ENDPOINT_") && !related.isEmpty()
                && e.kind() != ClusterEvent.Kind.ENDPOINT_SLICE_WRITTEN;
        return relatedNamed ? text + m.format("panels.event.pod", related) : text;
    }

    static String requestText(Trace t, Messages m) {
        String kind = m.text("panels.kind." + t.kind().name());
        if (t.outcome() == Outcome.DELIVERED) {
            if (t.pod() != null) {
                return t.httpStatus() > 0
                        ? m.format("panels.request.deliveredStatus", kind, t.from(), t.to(), t.pod(), t.httpStatus())
                        : m.format("panels.request.delivered", kind, t.from(), t.to(), t.pod());
            }
            String answer = t.dns() != null && t.dns().found() ? String.join(", ", t.dns().addresses())
                    : ReasonWords.text(t.summaryBecause(), m);
            return m.format("panels.request.answered", kind, t.from(), t.to(), answer);
        }
        return m.format("panels.request.failed", kind, t.from(), t.to(),
                m.text("panels.outcome." + t.outcome().name()));
    }

    /** A hop's addresses and the first line of its reason, in {@code m}'s language. */
    static String hopText(Hop h, Messages m) {
        String reason = ReasonWords.text(h.because(), m);
        int nl = reason.indexOf('\n');
        return h.src() + " → " + h.dst() + "  ·  " + (nl < 0 ? reason : reason.substring(0, nl));
    }

    /** Whether the request failed in a way "Drops only" shows. */
    public static boolean failed(Trace t) {
        return FAILED.contains(t.outcome());
    }

    /** Whether {@code r} contains {@code text} in any column (time, at, type, summary), ignoring case. */
    public static boolean matches(EventRow r, String text, Messages m) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return time(r.timeMillis()).toLowerCase(Locale.ROOT).contains(needle)
                || r.place().toLowerCase(Locale.ROOT).contains(needle)
                || m.text(r.type().key()).toLowerCase(Locale.ROOT).contains(needle)
                || summary(r, m).toLowerCase(Locale.ROOT).contains(needle);
    }

    /**
     * The rows of {@code e} the filter keeps, head first; empty when the entry is hidden. A request
     * whose header matches the text shows all its hops; otherwise it shows the hops that match.
     */
    public static List<EventRow> visible(LogEntry e, EventFilter f, Messages m) {
        EventRow head = e.head();
        if (head.kind() == EventRow.Kind.EVENT) {
            return f.cluster() && !f.dropsOnly() && matches(head, f.text(), m) ? List.of(head) : List.of();
        }
        if (!f.traffic() && !f.dropsOnly() || f.dropsOnly() && !failed(head.trace())) {
            return List.of();
        }
        if (matches(head, f.text(), m)) {
            List<EventRow> all = new ArrayList<>(e.size());
            all.add(head);
            all.addAll(e.children());
            return all;
        }
        List<EventRow> some = new ArrayList<>();
        for (EventRow r : e.children()) {
            if (matches(r, f.text(), m)) {
                some.add(r);
            }
        }
        if (some.isEmpty()) {
            return List.of();
        }
        some.add(0, head);
        return some;
    }
}
