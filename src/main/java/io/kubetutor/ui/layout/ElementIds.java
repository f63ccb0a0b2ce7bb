package io.kubetutor.ui.layout;

/**
 * The names the topology gives its elements, for selection, highlighting and lessons: a node by
 * its name, a pod as {@code NAMESPACE/NAME}, a Service as {@code svc:NAMESPACE/NAME}, an Ingress
 * as {@code ing:NAMESPACE/NAME}, a client as {@code client:NAME}, the cloud load balancer as
 * {@code lb} and the outside world as {@code outside}. Node names never hold a slash, so the forms
 * cannot collide.
 */
public final class ElementIds {
    public static final String LOAD_BALANCER = "lb";
    public static final String OUTSIDE = "outside";
    public static final String SERVICE_PREFIX = "svc:";
    public static final String INGRESS_PREFIX = "ing:";
    public static final String CLIENT_PREFIX = "client:";

    private ElementIds() {
    }

    public static String pod(String namespace, String name) {
        return namespace + "/" + name;
    }

    public static String service(String namespace, String name) {
        return SERVICE_PREFIX + namespace + "/" + name;
    }

    public static String ingress(String namespace, String name) {
        return INGRESS_PREFIX + namespace + "/" + name;
    }

    public static String client(String name) {
        return CLIENT_PREFIX + name;
    }
}
