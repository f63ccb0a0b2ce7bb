package io.kubetutor.sim;

/**
 * A Kubernetes Event (core/v1) about one object, aggregated as the event recorder does: the same
 * type, reason, source and message again raise the count and move lastSeen. Times are virtual
 * milliseconds.
 */
public record KubeEvent(String type, String reason, long firstSeen, long lastSeen, int count, String from,
                        String message) {
    KubeEvent again(long at) {
        return new KubeEvent(type, reason, firstSeen, at, count + 1, from, message);
    }
}
