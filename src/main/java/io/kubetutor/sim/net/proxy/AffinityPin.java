package io.kubetutor.sim.net.proxy;

/**
 * A client pinned to an endpoint by ClientIP session affinity on one node, for display.
 *
 * @param endpoint ip:port
 * @param pod the endpoint's pod name, null when the endpoint names none
 * @param untilMillis virtual time the pin lasts until unless the client connects again
 */
public record AffinityPin(String node, String servicePortName, String clientIp, String endpoint, String pod,
                          long untilMillis) {
}
