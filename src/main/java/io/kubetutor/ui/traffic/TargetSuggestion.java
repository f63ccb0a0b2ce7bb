package io.kubetutor.ui.traffic;

import io.kubetutor.sim.net.Source;

/**
 * One target the traffic controls suggest: the text to send to, how it reaches a pod, what it
 * belongs to ({@code owner}: {@code NAMESPACE/NAME} of the Service, Ingress or pod) and from where
 * it works.
 */
public record TargetSuggestion(String target, Route route, String owner, Reach reach, boolean system) {
    /** The way in the target uses. */
    public enum Route {
        /** {@code http://NAME.NS.svc.cluster.local:PORT/}: the cluster DNS's full name. */
        SERVICE_DNS,
        /** {@code http://NAME:PORT/}: the short name a pod's search list completes. */
        SERVICE_SHORT_NAME,
        /** {@code CLUSTER-IP:PORT}: the virtual IP kube-proxy answers for. */
        CLUSTER_IP,
        /** {@code http://NODE-IP:NODEPORT/}: the port every node opens. */
        NODE_PORT,
        /** The load balancer's external address (or {@code loadbalancer:NAME} while it is pending). */
        LOAD_BALANCER,
        /** An address in {@code spec.externalIPs}. */
        EXTERNAL_IP,
        /** {@code http://HOST/path}: an Ingress rule. */
        INGRESS,
        /** {@code POD-IP:PORT}: straight to a pod, no Service. */
        POD_IP
    }

    /** From where the target works. */
    public enum Reach {
        /** From outside the cluster as well as from nodes and pods. */
        ANYWHERE,
        /** From nodes and pods only: cluster and pod addresses are not routed outside. */
        CLUSTER,
        /** From pods only: only pods ask the cluster DNS. */
        PODS,
        /** From pods of the object's namespace only: the short name is completed with the pod's namespace. */
        PODS_IN_NAMESPACE,
        /** From the machines outside only: their hosts file maps the Ingress host to its address. */
        OUTSIDE,
        /** From nowhere yet: the address is still pending. */
        PENDING
    }

    /** Whether a request from {@code client} can get there. */
    public boolean worksFrom(ClientChoice client) {
        return switch (reach) {
            case ANYWHERE -> true;
            case CLUSTER -> client.kind() != Source.Kind.CLIENT;
            case PODS -> client.kind() == Source.Kind.POD;
            case PODS_IN_NAMESPACE -> client.kind() == Source.Kind.POD && owner.startsWith(client.namespace() + "/");
            case OUTSIDE -> client.kind() == Source.Kind.CLIENT;
            case PENDING -> false;
        };
    }
}
