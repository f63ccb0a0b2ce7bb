package io.kubetutor.sim.net;

/**
 * Where a packet is at one hop. {@code name} is what the CLI prints as "at" (the client's, node's or
 * pod's name; kube-proxy is named by its node); {@code node} is the node a pod or kube-proxy runs on,
 * so the UI knows which box to draw it in (null outside the cluster).
 */
public record Place(Kind kind, String name, String node) {
    public enum Kind { CLIENT, LOAD_BALANCER, NODE, KUBE_PROXY, INGRESS_CONTROLLER, POD, OUTSIDE }

    public static Place client(String name) {
        return new Place(Kind.CLIENT, name, null);
    }

    public static Place node(String name) {
        return new Place(Kind.NODE, name, name);
    }

    public static Place kubeProxy(String node) {
        return new Place(Kind.KUBE_PROXY, node, node);
    }

    public static Place pod(String name, String node) {
        return new Place(Kind.POD, name, node);
    }

    public static Place ingressController(String pod, String node) {
        return new Place(Kind.INGRESS_CONTROLLER, pod, node);
    }

    public static Place outside(String name) {
        return new Place(Kind.OUTSIDE, name, null);
    }

    public static final Place LOAD_BALANCER = new Place(Kind.LOAD_BALANCER, "load-balancer", null);
}
