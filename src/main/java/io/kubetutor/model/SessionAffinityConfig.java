package io.kubetutor.model;

/** v1 SessionAffinityConfig: clientIP may be null, and so may its timeoutSeconds (Go pointers). */
public record SessionAffinityConfig(ClientIPConfig clientIP) {
    public record ClientIPConfig(Integer timeoutSeconds) {
    }
}
