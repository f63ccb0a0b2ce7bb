package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.RequestKind;

/**
 * The word in the event log's type column, with the colour family its chip gets. The words are
 * looked up as {@code panels.type.NAME}; the style class is {@code chip-FAMILY}.
 */
public enum EventType {
    CREATED(Family.CREATE), CONFIGURED(Family.CHANGE), DELETED(Family.REMOVE), ALLOCATED(Family.CHANGE),
    RELEASED(Family.CHANGE), SCALED(Family.CHANGE), SCHEDULED(Family.STATUS), UNSCHEDULABLE(Family.FAIL),
    STARTED(Family.STATUS), READY(Family.CREATE), NOT_READY(Family.FAIL), PROBE_FAILED(Family.FAIL),
    RESTARTED(Family.FAIL), TERMINATING(Family.REMOVE), LABELS(Family.CHANGE), APP(Family.CHANGE),
    ENDPOINT_ADDED(Family.ENDPOINT), ENDPOINT_REMOVED(Family.REMOVE), SLICE(Family.ENDPOINT),
    HTTP(Family.REQUEST), ICMP(Family.REQUEST), DNS(Family.DNS),
    ROUTE(Family.MOVE), DNAT(Family.NAT), SNAT(Family.NAT), FORWARD(Family.MOVE), DELIVER(Family.CREATE),
    REPLY(Family.MOVE), UN_DNAT(Family.NAT), UN_SNAT(Family.NAT), DROP(Family.FAIL), REJECT(Family.FAIL);

    /** Colour families; the stylesheet gives each a colour-blind safe background. */
    public enum Family { CREATE, CHANGE, REMOVE, STATUS, FAIL, ENDPOINT, REQUEST, DNS, MOVE, NAT }

    private final Family family;

    EventType(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** The bundle key of the word shown in the chip. */
    public String key() {
        return "panels.type." + name();
    }

    /** The style class of the chip, e.g. {@code chip-nat}. */
    public String styleClass() {
        return "chip-" + family.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the row comes from traffic (a request and its hops) rather than the cluster's changes. */
    public boolean traffic() {
        return ordinal() >= HTTP.ordinal();
    }

    public static EventType of(ClusterEvent.Kind k) {
        return switch (k) {
            case OBJECT_CREATED, POD_CREATED, REPLICA_SET_CREATED -> CREATED;
            case OBJECT_CONFIGURED -> CONFIGURED;
            case OBJECT_DELETED, POD_DELETED -> DELETED;
            case ALLOCATED, LOAD_BALANCER_ASSIGNED -> ALLOCATED;
            case RELEASED -> RELEASED;
            case WORKLOAD_SCALED -> SCALED;
            case POD_SCHEDULED -> SCHEDULED;
            case POD_UNSCHEDULABLE -> UNSCHEDULABLE;
            case POD_STARTED -> STARTED;
            case POD_READY, ENDPOINT_READY -> READY;
            case POD_NOT_READY, ENDPOINT_NOT_READY -> NOT_READY;
            case PROBE_FAILED -> PROBE_FAILED;
            case CONTAINER_RESTARTED, CONTAINER_BACK_OFF -> RESTARTED;
            case POD_TERMINATING -> TERMINATING;
            case POD_LABELS_CHANGED -> LABELS;
            case APP_ANSWERS_CHANGED -> APP;
            case ENDPOINT_ADDED, ENDPOINT_NOT_READY_ADDED -> ENDPOINT_ADDED;
            case ENDPOINT_REMOVED -> ENDPOINT_REMOVED;
            case ENDPOINT_SLICE_WRITTEN -> SLICE;
            case NODE_CORDONED, NODE_UNCORDONED, NODE_TAINTED, NODE_TAINT_REMOVED -> CONFIGURED;
            case NODE_FAILED, NODE_NOT_READY, ZONE_DISRUPTION -> NOT_READY;
            case NODE_READY -> READY;
            case POD_EVICTION_SCHEDULED, POD_EVICTION_CANCELLED -> SCHEDULED;
            case POD_EVICTED -> DELETED;
        };
    }

    public static EventType of(Action a) {
        return switch (a) {
            case DNS_QUERY, DNS_ANSWER -> DNS;
            case ROUTE -> ROUTE;
            case DNAT -> DNAT;
            case SNAT -> SNAT;
            case FORWARD -> FORWARD;
            case DELIVER -> DELIVER;
            case REPLY -> REPLY;
            case UN_DNAT -> UN_DNAT;
            case UN_SNAT -> UN_SNAT;
            case DROP -> DROP;
            case REJECT -> REJECT;
        };
    }

    /** A request's header: what the client speaks. */
    public static EventType of(RequestKind k) {
        return switch (k) {
            case CURL, KEEP_ALIVE -> HTTP;
            case PING -> ICMP;
            case NSLOOKUP -> DNS;
        };
    }
}
