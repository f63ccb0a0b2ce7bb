package io.kubetutor.sim.endpoints;

/**
 * How one pod's address changed in the Service's v1 Endpoints object: added to {@code addresses}
 * (ready) or {@code notReadyAddresses}, moved between the two, or removed. Membership is before
 * the 1000-address truncation. {@code nodeName} is the pod's spec.nodeName ("" when unset).
 */
public record EndpointChange(Kind kind, String podName, String ip, String nodeName) {
    public enum Kind {
        ADDED_READY, ADDED_NOT_READY, BECAME_READY, BECAME_NOT_READY, REMOVED
    }

    /** Plain words for the event log, e.g. {@code 10.244.1.5 added to Endpoints web}; the engine adds the cause. */
    public String text(String serviceName) {
        return switch (kind) {
            case ADDED_READY -> ip + " added to Endpoints " + serviceName;
            case ADDED_NOT_READY -> ip + " added to notReadyAddresses of Endpoints " + serviceName;
            case BECAME_READY -> ip + " moved to addresses of Endpoints " + serviceName;
            case BECAME_NOT_READY -> ip + " moved to notReadyAddresses of Endpoints " + serviceName;
            case REMOVED -> ip + " removed from Endpoints " + serviceName;
        };
    }
}
