package io.kubetutor.ui.panels.model;

/**
 * One endpoint of the Service port, as "Why this pod?" lists it.
 *
 * @param label    the pod name, or ip:port for an endpoint without a pod
 * @param address  ip:port
 * @param node     the node it runs on, "" when the endpoint does not say
 * @param state    ready, not ready or terminating
 * @param local    it runs on the node whose kube-proxy decided
 * @param eligible it was in the set the pick was made from
 * @param chosen   it is the one picked
 * @param note     why it was left out, in words ("" when eligible)
 */
public record Candidate(String label, String address, String node, EndpointState state, boolean local,
                        boolean eligible, boolean chosen, String note) {
}
