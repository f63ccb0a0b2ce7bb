package io.kubetutor.kubectl.print;

/**
 * One Kubernetes Event as {@code kubectl describe} lists it: type (Normal/Warning), reason, when it
 * was first and last seen (virtual milliseconds), how often, who reported it, and the message.
 */
public record EventRow(String type, String reason, long firstSeen, long lastSeen, int count, String from,
                       String message) {
}
