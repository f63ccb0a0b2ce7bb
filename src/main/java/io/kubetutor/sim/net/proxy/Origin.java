package io.kubetutor.sim.net.proxy;

/**
 * Where a packet comes from, as the node's netfilter rules tell sources apart. kube-proxy's local
 * traffic detector matches the pod network by source address (the cluster CIDR), so a packet from a
 * pod on another node is still {@link #POD}; {@code --src-type LOCAL} matches only packets this node
 * sent itself ({@link #HOST}); everything else (a laptop, a load balancer, another node's host
 * address) is {@link #EXTERNAL}.
 */
public enum Origin {
    /** The source address is in the pod network (any node's pod). */
    POD,
    /** The node itself sent the packet (a host process or a host-network pod on this node). */
    HOST,
    /** Anything else: an outside client, a load balancer, another node's own address. */
    EXTERNAL
}
