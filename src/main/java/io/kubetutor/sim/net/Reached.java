package io.kubetutor.sim.net;

/**
 * Where a connection's first packet got to: a pod, a node's own address, a machine on the LAN, the
 * outside world, or nowhere (the journey has ended: rejected, dropped, unreachable).
 */
record Reached(Kind kind, World.PodNet pod, World.NodeNet node, String name) {
    enum Kind { POD, NODE, CLIENT, OUTSIDE, NOWHERE }

    static final Reached NOWHERE = new Reached(Kind.NOWHERE, null, null, null);

    static Reached pod(World.PodNet p) {
        return new Reached(Kind.POD, p, null, p.name());
    }

    static Reached node(World.NodeNet n) {
        return new Reached(Kind.NODE, null, n, n.name());
    }

    static Reached client(String name) {
        return new Reached(Kind.CLIENT, null, null, name);
    }

    static Reached outside(String ip) {
        return new Reached(Kind.OUTSIDE, null, null, ip);
    }
}
