package io.kubetutor.sim.net.app;

/**
 * What an app sends back over a TCP connection that carried an HTTP request: an HTTP response, or
 * something that is not one (a database closing the socket, a banner). curl turns each into its own
 * output ({@link Curl}).
 */
public sealed interface AppReply permits HttpResponse, NonHttpReply {
}
