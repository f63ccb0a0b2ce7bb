package io.kubetutor.kubectl.exec;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.DataPlane;
import io.kubetutor.sim.net.NetworkState;
import io.kubetutor.sim.net.dns.ResolvConf;

/**
 * Where a program runs: the pod (whose network namespace every container shares), the container
 * (whose environment it gets), the cluster's state and data plane, and whether it has a terminal.
 */
record InPod(Pod pod, Container container, NetworkState state, DataPlane dataPlane, boolean tty) {
    /** The longest hostname the kubelet gives a pod (a DNS label). */
    private static final int MAX_HOSTNAME = 63;

    /** The data plane's name for this pod as a sender. */
    String from() {
        return pod.metadata().namespace() + "/" + pod.metadata().name();
    }

    /** The container's /etc/resolv.conf. */
    ResolvConf resolvConf() {
        return ResolvConf.forPod(pod, state);
    }

    /** The first nameserver of the resolv.conf: the server nslookup names and the stub resolver asks. */
    String nameserver() {
        ResolvConf conf = resolvConf();
        return conf.nameservers().isEmpty() ? "127.0.0.1" : conf.nameservers().get(0);
    }

    /**
     * The container's hostname: the node's for a host-network pod, else spec.hostname or the pod's
     * name, cut to 63 characters without a trailing '-' or '.' (kubelet GeneratePodHostNameAndDomain).
     */
    String hostname() {
        if (pod.spec().hostNetwork()) {
            return pod.spec().nodeName();
        }
        String h = pod.spec().hostname().isEmpty() ? pod.metadata().name() : pod.spec().hostname();
        if (h.length() > MAX_HOSTNAME) {
            h = h.substring(0, MAX_HOSTNAME);
            while (!h.isEmpty() && (h.endsWith("-") || h.endsWith("."))) {
                h = h.substring(0, h.length() - 1);
            }
        }
        return h;
    }

    /** {@code SUBDOMAIN.NS.svc.cluster.local} when spec.subdomain is set, else "". */
    String hostDomain() {
        String sub = pod.spec().subdomain();
        return sub.isEmpty() ? "" : sub + "." + pod.metadata().namespace() + ".svc." + ResolvConf.CLUSTER_DOMAIN;
    }

    /** The node the pod runs on. */
    String node() {
        return pod.spec().nodeName();
    }
}
