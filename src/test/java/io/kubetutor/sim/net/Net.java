package io.kubetutor.sim.net;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApplyResult;
import io.kubetutor.sim.Cluster;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Clusters built from YAML as a learner writes it, settled by the engine, and the ways the
 * acceptance tests look at traces: the hop sequence as "KIND:action" or "name:action" lines.
 */
final class Net {
    static final String FILE = "scenario.yaml";
    static final long SETTLE = 600_000;
    static final long SEED = 7;

    private Net() {
    }

    /** A bare nginx pod bound to {@code node}, labelled app=APP, serving port "http" = 80. */
    static String nginxPod(String name, String node, String app) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s, labels: {app: %s}}
                spec: {nodeName: %s, containers: [{name: web, image: nginx:1.27, ports: [{name: http, containerPort: 80}]}]}
                ---
                """.formatted(name, app, node);
    }

    /** A busybox pod bound to {@code node} that only sends requests. */
    static String clientPod(String name, String node) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s}
                spec: {nodeName: %s, containers: [{name: shell, image: busybox, command: [sleep, infinity]}]}
                ---
                """.formatted(name, node);
    }

    /** A Deployment of {@code replicas} nginx pods labelled app=NAME, port "http" = 80. */
    static String deployment(String name, int replicas) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s}
                spec:
                  replicas: %2$d
                  selector: {matchLabels: {app: %1$s}}
                  template:
                    metadata: {labels: {app: %1$s}}
                    spec: {containers: [{name: web, image: nginx:1.27, ports: [{name: http, containerPort: 80}]}]}
                ---
                """.formatted(name, replicas);
    }

    static ClusterTopology topology() {
        return ClusterTopology.defaults();
    }

    static ClusterTopology ipvs() {
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(),
                ClusterTopology.ProxyMode.IPVS, d.ingressController());
    }

    static ClusterTopology cloudLoadBalancer() {
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(true, d.cloudLoadBalancer().pool()), d.proxyMode(),
                d.ingressController());
    }

    /** The default nodes with a control-plane node in front of them (tainted, left out of load balancers). */
    static ClusterTopology withControlPlane() {
        ClusterTopology d = cloudLoadBalancer();
        List<ClusterTopology.Node> nodes = new java.util.ArrayList<>();
        nodes.add(new ClusterTopology.Node("control-plane", "192.168.1.5", "10.244.3.0/24", true));
        nodes.addAll(d.nodes());
        return new ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(),
                d.proxyMode(), d.ingressController());
    }

    /** ingress-nginx installed with the bare-metal manifest: a NodePort Service, Ingress address = its node. */
    static ClusterTopology ingressController() {
        return ClusterTopology.defaults().withIngressController(new ClusterTopology.IngressController(true));
    }

    /** ingress-nginx installed with the cloud manifest behind the cloud load balancer. */
    static ClusterTopology ingressBehindLoadBalancer() {
        return cloudLoadBalancer().withIngressController(new ClusterTopology.IngressController(true));
    }

    static Cluster cluster(String yaml) {
        return cluster(topology(), yaml);
    }

    static Cluster cluster(ClusterTopology topology, String yaml) {
        Cluster c = new Cluster(topology, SEED);
        apply(c, yaml);
        c.settle(SETTLE);
        return c;
    }

    /** Applies {@code yaml} (no settling), failing the test on any error. */
    static ApplyResult apply(Cluster c, String yaml) {
        LoadedManifests m = ManifestLoader.load(FILE, yaml);
        for (Diagnostic d : m.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                throw new AssertionError(d.format());
            }
        }
        ApplyResult r = c.apply(FILE, m.objects(), false);
        if (r.failed()) {
            throw new AssertionError(String.join("\n", r.lines()));
        }
        return r;
    }

    static Pod pod(Cluster c, String name) {
        return pod(c, "default", name);
    }

    static Pod pod(Cluster c, String namespace, String name) {
        return c.get(Pod.class, namespace, name).orElseThrow(() -> new AssertionError("no pod " + namespace + "/"
                + name));
    }

    static String podIp(Cluster c, String name) {
        return pod(c, name).status().podIP();
    }

    static String nodeIp(Cluster c, String node) {
        return c.topology().nodes().stream().filter(n -> n.name().equals(node)).map(ClusterTopology.Node::ip)
                .findFirst().orElseThrow(() -> new AssertionError("no node " + node));
    }

    /** cni0's address on {@code node}: the first address of its podCIDR. */
    static String bridgeIp(Cluster c, String node) {
        String cidr = c.topology().nodes().stream().filter(n -> n.name().equals(node))
                .map(ClusterTopology.Node::podCIDR).findFirst().orElseThrow();
        String base = cidr.substring(0, cidr.indexOf('/'));
        return base.substring(0, base.lastIndexOf('.')) + ".1";
    }

    /** The names of the pods in {@code namespace} whose name starts with {@code prefix}, sorted. */
    static List<String> podsNamed(Cluster c, String namespace, String prefix) {
        return c.snapshot().all(Pod.class).stream()
                .filter(p -> p.metadata().namespace().equals(namespace) && p.metadata().name().startsWith(prefix))
                .map(p -> p.metadata().name()).sorted().toList();
    }

    /** The hops as "KIND:action" (the place's kind, lower-case, and the action's CLI name). */
    static List<String> kinds(Trace t) {
        return kinds(t.hops());
    }

    /** The hops as "name:action". */
    static List<String> names(Trace t) {
        return t.hops().stream().map(h -> h.at().name() + ":" + h.action().text()).toList();
    }

    /** The first hop with {@code action}, failing when there is none. */
    static Hop hop(Trace t, Action action) {
        return t.hops().stream().filter(h -> h.action() == action).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action.text() + " hop in\n" + show(t)));
    }

    /**
     * The connection's hops, after any DNS exchange: from the sender's first ROUTE hop on (a lookup's
     * hops start with DNS_QUERY, so they are left out).
     */
    static List<Hop> afterDns(Trace t) {
        for (int i = 0; i < t.hops().size(); i++) {
            Hop h = t.hops().get(i);
            if (h.action() == Action.ROUTE && h.at().name().equals(t.from()) && !h.reply()) {
                return t.hops().subList(i, t.hops().size());
            }
        }
        throw new AssertionError("no route hop from " + t.from() + " in\n" + show(t));
    }

    static List<String> kinds(List<Hop> hops) {
        return hops.stream().map(h -> h.at().kind().name().toLowerCase() + ":" + h.action().text()).toList();
    }

    /** The names each DNS query asked, in order. */
    static List<String> queries(Trace t) {
        return t.hops().stream().filter(h -> h.action() == Action.DNS_QUERY)
                .map(h -> h.reason().split(" ")[2]).toList();
    }

    static boolean has(Trace t, Action action) {
        return t.hops().stream().anyMatch(h -> h.action() == action);
    }

    /** The whole trace, for failure messages and for looking at by hand. */
    static String show(Trace t) {
        return t.outcome().text() + " pod=" + t.pod() + " node=" + t.node() + " entry=" + t.entryNode() + " seen="
                + t.sourceIpSeenByPod() + " status=" + t.httpStatus() + "\n  summary: " + t.summary() + "\n"
                + t.hops().stream().map(h -> "  " + (h.reply() ? "<- " : "-> ") + h.at().kind() + " " + h.at().name()
                        + " " + h.action().text() + " " + h.src() + " > " + h.dst() + " | " + h.reason())
                .collect(Collectors.joining("\n"));
    }
}
