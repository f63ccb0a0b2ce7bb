package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Ingress;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.app.HttpResponse;
import io.kubetutor.sim.net.ingress.IngressFixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The L7 path: the laptop's hosts file points the Ingress hosts at the Ingress address (the cloud
 * load balancer's, once the controller's status sync wrote it), the load balancer and kube-proxy take
 * the connection to the ingress-nginx pod, nginx routes by host and path and opens its own connection
 * straight to a backend pod (no ClusterIP, so no DNAT on that leg): the pod sees the controller's
 * address. Unmatched paths get the controller's 404, a TLS host over http a 308, and cookie affinity
 * keeps a browser on one pod.
 */
class IngressTest {
    static String echo(String name, int replicas) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s}
                spec:
                  replicas: %2$d
                  selector: {matchLabels: {app: %1$s}}
                  template:
                    metadata: {labels: {app: %1$s}}
                    spec:
                      containers:
                      - {name: echo, image: hashicorp/http-echo, args: ["-text=%1$s"], ports: [{name: http, containerPort: 5678}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: %1$s}
                spec:
                  selector: {app: %1$s}
                  ports: [{name: http, port: 80, targetPort: http}]
                ---
                """.formatted(name, replicas);
    }

    static final String SHOP = echo("cart", 2) + echo("catalog", 1) + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: shop}
            spec:
              ingressClassName: nginx
              rules:
              - host: shop.example.com
                http:
                  paths:
                  - {path: /cart, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}
                  - {path: /, pathType: Prefix, backend: {service: {name: catalog, port: {number: 80}}}}
              - host: admin.example.com
                http:
                  paths:
                  - {path: /reports, pathType: Exact, backend: {service: {name: catalog, port: {number: 80}}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: secure
              annotations: {nginx.ingress.kubernetes.io/affinity: cookie}
            spec:
              ingressClassName: nginx
              tls: [{hosts: [secure.example.com]}]
              rules:
              - host: secure.example.com
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}
            """;

    static Cluster cluster() {
        return Net.cluster(Net.cloudLoadBalancer(), IngressFixtures.CONTROLLER + "---\n" + SHOP);
    }

    static Pod controller(Cluster c) {
        return c.snapshot().all(Pod.class).stream().filter(p -> p.metadata().namespace().equals("ingress-nginx"))
                .findFirst().orElseThrow();
    }

    /** The hops from nginx's own connection to the backend pod's delivery. */
    static List<Hop> upstreamLeg(Trace t) {
        List<Hop> hops = t.hops();
        int start = -1;
        for (int i = 0; i < hops.size(); i++) {
            if (hops.get(i).action() == Action.ROUTE && hops.get(i).reason().startsWith("nginx opens its own")) {
                start = i;
            }
        }
        assertTrue(start >= 0, "no upstream leg in\n" + show(t));
        for (int i = start; i < hops.size(); i++) {
            if (hops.get(i).at().kind() == Place.Kind.POD) {
                return hops.subList(start, i + 1);
            }
        }
        throw new AssertionError("the upstream leg reaches no pod:\n" + show(t));
    }

    @Test
    void theIngressAddressIsTheLoadBalancersAndTheHostsFileUsesIt() {
        Cluster c = cluster();
        Service front = c.get(Service.class, "ingress-nginx", "ingress-nginx-controller").orElseThrow();
        String lb = front.status().loadBalancerIngress().get(0).ip();
        assertEquals(List.of(lb), c.get(Ingress.class, "default", "shop").orElseThrow().statusAddresses());

        Trace t = c.dataPlane().send("laptop", "http://shop.example.com/cart", RequestKind.CURL);
        Hop hosts = t.hops().get(0);
        assertEquals("client:dns-answer", kinds(t).get(0));
        assertEquals(lb, hosts.dst().ip());
        assertTrue(hosts.reason().contains("hosts file maps shop.example.com to " + lb), hosts.reason());
        assertEquals(new HostPort(lb, 80), t.connectedTo());
    }

    @Test
    void hostAndPathPickTheServiceAndNginxSendsStraightToItsPod() {
        Cluster c = cluster();
        Pod ctrl = controller(c);
        for (String[] route : new String[][] {{"/cart", "cart"}, {"/cart/items", "cart"}, {"/", "catalog"},
                {"/shoes", "catalog"}}) {
            Trace t = c.dataPlane().send("laptop", "http://shop.example.com" + route[0], RequestKind.CURL);

            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
            assertEquals(200, t.httpStatus(), show(t));
            assertTrue(t.pod().startsWith(route[1] + "-"), route[0] + " → " + t.pod());
            assertEquals(route[1] + "\n", ((HttpResponse) t.reply()).body());
            assertEquals(ctrl.status().podIP(), t.sourceIpSeenByPod(), "the backend sees the controller pod");
            assertNotNull(t.ingress());
            List<String> front = kinds(t).subList(0, 4);
            assertEquals(List.of("client:dns-answer", "client:route", "load_balancer:dnat", "kube_proxy:dnat"), front,
                    show(t));
            assertTrue(kinds(t).contains("ingress_controller:deliver"), show(t));
            List<Hop> leg = upstreamLeg(t);
            assertTrue(leg.stream().noneMatch(h -> h.action() == Action.DNAT), "no ClusterIP on nginx's leg:\n"
                    + show(t));
            assertEquals(Place.Kind.INGRESS_CONTROLLER, leg.get(0).at().kind());
            assertEquals(ctrl.status().podIP(), leg.get(0).src().ip());
            assertEquals(t.podAddress(), leg.get(0).dst(), "to the pod's own address:port");
            assertEquals(5678, t.podAddress().port());
            assertEquals("client:deliver", kinds(t).get(kinds(t).size() - 1));
        }
    }

    @Test
    void aPathNoRuleMatchesGetsTheControllers404() {
        Cluster c = cluster();
        Trace t = c.dataPlane().send("laptop", "http://admin.example.com/other", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals(404, t.httpStatus());
        assertEquals(controller(c).metadata().name(), t.pod(), "answered by the controller itself");
        assertFalse(kinds(t).contains("pod:deliver"), "no backend pod is involved:\n" + show(t));
        assertTrue(t.summary().contains("answered 404"), t.summary());
        Trace exact = c.dataPlane().send("laptop", "http://admin.example.com/reports", RequestKind.CURL);
        assertEquals(200, exact.httpStatus(), show(exact));
        assertTrue(exact.pod().startsWith("catalog-"), exact.pod());
    }

    @Test
    void aTlsHostOverPlainHttpIsRedirectedWith308() {
        Cluster c = cluster();
        Trace t = c.dataPlane().send("laptop", "http://secure.example.com/", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals(308, t.httpStatus());
        assertEquals(controller(c).metadata().name(), t.pod());
        assertFalse(kinds(t).contains("pod:deliver"), show(t));
        // lua_ingress.lua drops the trailing slash of the request URI unless preserve-trailing-slash is set.
        HttpResponse r = (HttpResponse) t.reply();
        assertTrue(r.headers().stream().anyMatch(h -> h.name().equals("Location")
                && h.value().equals("https://secure.example.com")), r.headers().toString());
        Trace deeper = c.dataPlane().send("laptop", "http://secure.example.com/basket/", RequestKind.CURL);
        assertTrue(((HttpResponse) deeper.reply()).headers().stream().anyMatch(h -> h.name().equals("Location")
                && h.value().equals("https://secure.example.com/basket")), show(deeper));

        Trace https = c.dataPlane().send("laptop", "https://secure.example.com/", RequestKind.CURL);
        assertEquals(200, https.httpStatus(), show(https));
        assertTrue(https.pod().startsWith("cart-"), https.pod());
        assertTrue(https.hops().stream().anyMatch(h -> h.reason().contains("TLS ends at the controller")), show(https));
    }

    @Test
    void cookieAffinityKeepsABrowserOnOnePodWhileCurlWithoutTheCookieSpreads() {
        Cluster c = cluster();
        List<Trace> browser = c.dataPlane().send("laptop", "https://secure.example.com/", RequestKind.KEEP_ALIVE, 20);
        Set<String> pods = new HashSet<>();
        browser.forEach(t -> pods.add(t.pod()));
        assertEquals(1, pods.size(), "one pod for the browser: " + pods);
        HttpResponse first = (HttpResponse) browser.get(0).reply();
        assertTrue(first.headers().stream().anyMatch(h -> h.name().equals("Set-Cookie")
                && h.value().startsWith("INGRESSCOOKIE=")), first.headers().toString());
        Trace later = browser.get(5);
        assertEquals(controller(c).status().podIP(), later.sourceIpSeenByPod());
        assertTrue(later.hops().stream().anyMatch(h -> h.reason().contains("cookie INGRESSCOOKIE hashes to it")),
                show(later));

        Set<String> curlPods = new HashSet<>();
        for (Trace t : c.dataPlane().send("laptop", "https://secure.example.com/", RequestKind.CURL, 20)) {
            curlPods.add(t.pod());
        }
        assertEquals(2, curlPods.size(), "curl keeps no cookie: " + curlPods);
    }

    @Test
    void aPreinstalledBareMetalControllerIsReachedOnItsNodePortAndOnItsHostPort() {
        Cluster c = Net.cluster(Net.ingressController(), SHOP);
        Service front = c.get(Service.class, "ingress-nginx", "ingress-nginx-controller").orElseThrow();
        assertEquals("NodePort", front.spec().type());
        int nodePort = front.spec().ports().get(0).nodePort();
        Pod ctrl = controller(c);

        Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node1") + ":" + nodePort + "/cart",
                RequestKind.CURL, Map.of("Host", "shop.example.com"));
        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals(200, t.httpStatus());
        assertTrue(t.pod().startsWith("cart-"), t.pod());
        assertEquals(ctrl.status().podIP(), t.sourceIpSeenByPod());
        assertTrue(upstreamLeg(t).stream().noneMatch(h -> h.action() == Action.DNAT), show(t));

        // The Ingress address is the controller's node, where it holds hostPort 80 (minikube's addon):
        // the CNI portmap plugin hands the packet to it with the client's address kept.
        String node = nodeIp(c, ctrl.spec().nodeName());
        assertEquals(List.of(node), c.get(Ingress.class, "default", "shop").orElseThrow().statusAddresses());
        Trace port80 = c.dataPlane().send("laptop", "http://shop.example.com/cart", RequestKind.CURL);
        assertEquals(Outcome.DELIVERED, port80.outcome(), show(port80));
        assertTrue(port80.pod().startsWith("cart-"), port80.pod());
        assertEquals(List.of("client:dns-answer", "client:route", "node:dnat", "ingress_controller:deliver",
                "ingress_controller:route"), kinds(port80).subList(0, 5), show(port80));
        assertTrue(port80.hops().get(2).reason().startsWith("hostPort 80 on " + ctrl.spec().nodeName()),
                show(port80));
    }

    @Test
    void aPreinstalledCloudControllerPublishesItsLoadBalancerAddressAndIsReachedThroughIt() {
        Cluster c = Net.cluster(Net.ingressBehindLoadBalancer(), SHOP);
        Service front = c.get(Service.class, "ingress-nginx", "ingress-nginx-controller").orElseThrow();
        String lb = front.status().loadBalancerIngress().get(0).ip();
        assertEquals(List.of(lb), c.get(Ingress.class, "default", "shop").orElseThrow().statusAddresses());
        Trace t = c.dataPlane().send("laptop", "http://shop.example.com/cart", RequestKind.CURL);
        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertTrue(t.pod().startsWith("cart-"), t.pod());
        assertEquals(List.of("client:dns-answer", "client:route", "load_balancer:dnat", "kube_proxy:dnat",
                "ingress_controller:deliver", "ingress_controller:route"), kinds(t).subList(0, 6), show(t));
    }
}
