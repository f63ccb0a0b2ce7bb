package io.kubetutor.ui.panels.model;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.app.NonHttpReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A representative set of traced requests, one or a few per way a packet's story can go: a
 * ClusterIP behind DNS, a NodePort with the extra hop and SNAT, a Local policy drop, an affinity pin,
 * a headless Service, an ingress, ping, a refusal, a node that is down, a load balancer, a kept-alive
 * connection. Every cluster runs on a fixed seed, so the same requests take the same ways.
 */
final class ReasonScenarios {
    /** An Ingress for {@link Fixtures#WEB}'s Service, on host shop.example.com. */
    static final String SHOP = Fixtures.WEB + """
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: shop}
            spec:
              ingressClassName: nginx
              rules:
              - host: shop.example.com
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                  - {path: /missing, pathType: Prefix, backend: {service: {name: nothing, port: {number: 80}}}}
            """;

    /** A LoadBalancer Service with externalTrafficPolicy Local in front of {@link Fixtures#WEB}'s pods. */
    static final String CLOUD = Fixtures.WEB + """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: front}
            spec:
              type: LoadBalancer
              externalTrafficPolicy: Local
              selector: {app: web}
              ports: [{port: 80, targetPort: http}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: cache, labels: {app: cache}}
            spec: {nodeName: node1, containers: [{name: redis, image: redis:7, ports: [{containerPort: 6379}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: cache}
            spec:
              selector: {app: cache}
              ports: [{port: 6379}]
            """;

    /** Traced once for every test that reads them (traces are immutable). */
    private static Map<String, List<Trace>> traced;

    private ReasonScenarios() {
    }

    /** The traces by scenario name, in a fixed order. */
    static synchronized Map<String, List<Trace>> all() {
        if (traced == null) {
            traced = trace();
        }
        return traced;
    }

    private static Map<String, List<Trace>> trace() {
        Map<String, List<Trace>> out = new LinkedHashMap<>();
        Fixtures web = Fixtures.with(Fixtures.WEB);
        String webPod = web.pods("web-").get(0).metadata().name();
        out.put("clusterIp behind DNS", List.of(web.send(webPod, "http://web/")));
        out.put("nodePort kept-alive", List.of(web.send("laptop", "http://192.168.1.3:30080/", RequestKind.KEEP_ALIVE),
                web.send("laptop", "http://192.168.1.3:30080/", RequestKind.KEEP_ALIVE)));
        out.put("nslookup nxdomain", List.of(web.send(webPod, "nosuch", RequestKind.NSLOOKUP)));

        Fixtures split = Fixtures.with(Fixtures.SPLIT);
        String a = split.pods("web-a").get(0).metadata().name();
        String bIp = split.pods("web-b").get(0).status().podIP();
        out.put("nodePort extra hop and SNAT", List.of(split.send("laptop", "http://192.168.1.4:30092/")));
        out.put("affinity pin", List.of(split.send("laptop", "http://192.168.1.4:30092/")));
        out.put("externalTrafficPolicy Local drop", List.of(split.send("laptop", "http://192.168.1.4:30090/")));
        out.put("externalTrafficPolicy Local kept source", List.of(split.send("laptop", "http://192.168.1.2:30090/")));
        out.put("headless DNS", List.of(split.send(a, "http://db:8080/")));
        out.put("ping", List.of(split.send(a, bIp, RequestKind.PING), split.send(a, "local", RequestKind.PING),
                split.send("laptop", "127.0.0.1", RequestKind.PING)));
        out.put("refused by the pod", List.of(split.send(a, "http://" + bIp + ":9999/")));
        split.session.failNode("node2", true);
        out.put("failed node", List.of(split.send("laptop", "http://192.168.1.3:30092/"),
                split.send(a, "http://" + bIp + ":8080/"), pickedOnTheDownNode(split, a)));

        Fixtures odd = Fixtures.with(Fixtures.ODD_SERVICES);
        out.put("refused: no endpoints", List.of(odd.send("laptop", "http://192.168.1.2:30091/"),
                odd.send("laptop", "http://192.168.1.2:31999/")));

        Fixtures shop = Fixtures.with(Fixtures.withCloud().withIngressController(
                new ClusterTopology.IngressController(true)), SHOP);
        shop.session.advanceBy(60_000);
        out.put("ingress", List.of(shop.send("laptop", "http://shop.example.com/"),
                shop.send("laptop", "http://shop.example.com/missing"),
                shop.send("laptop", "http://other.example.com/")));

        Fixtures cloud = Fixtures.with(Fixtures.withCloud(), CLOUD);
        String cachePod = cloud.pods("web-").get(0).metadata().name();
        out.put("load balancer", List.of(cloud.send("laptop", "loadbalancer:front"),
                cloud.send(cachePod, "http://cache:6379/")));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A request through a Service that kube-proxy sent to the pod on node2, which is down but whose
     * endpoint is still listed as ready: the first of a few tries (the seed makes it the same one).
     */
    private static Trace pickedOnTheDownNode(Fixtures f, String from) {
        for (int i = 0; i < 20; i++) {
            Trace t = f.send(from, "http://local/");
            if (t.verdict() != null && "node2".equals(t.verdict().endpoint().nodeName())) {
                return t;
            }
        }
        throw new IllegalStateException("kube-proxy never picked the pod on node2");
    }

    /**
     * Every English text the simulator gives for these traces, one per line (line breaks inside a
     * text written as \n): each hop's reason, the summary, kube-proxy's verdict, the ingress route
     * and a non-HTTP reply. Built only from the String accessors, which the trace command prints.
     */
    static String english(Map<String, List<Trace>> scenarios) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<Trace>> e : scenarios.entrySet()) {
            b.append("== ").append(e.getKey()).append('\n');
            for (Trace t : e.getValue()) {
                b.append("-- ").append(t.kind()).append(' ').append(t.from()).append(" → ").append(t.to())
                        .append('\n');
                for (String line : lines(t)) {
                    b.append(line.replace("\n", "\\n")).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static List<String> lines(Trace t) {
        List<String> out = new ArrayList<>();
        for (Hop h : t.hops()) {
            out.add("hop " + (h.reply() ? "back " : "") + h.action() + ": " + h.reason());
        }
        out.add("summary: " + t.summary());
        if (t.verdict() != null) {
            out.add("verdict: " + t.verdict().reason());
        }
        if (t.ingress() != null) {
            out.add("ingress: " + t.ingress().reason());
        }
        if (t.reply() instanceof NonHttpReply n) {
            out.add("reply: " + n.why());
        }
        return out;
    }
}
