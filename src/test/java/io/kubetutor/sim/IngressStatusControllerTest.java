package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.kubectl.print.GetTables;
import io.kubetutor.model.Ingress;
import io.kubetutor.sim.net.ingress.IngressFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngressStatusControllerTest {
    static final String SHOP = IngressFixtures.ingress("shop", "", "shop.example.com", "Prefix / web");
    static final String OTHER = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: other}
            spec:
              ingressClassName: traefik
              rules:
              - host: other.example.com
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
            """;

    /** A cluster whose engine runs the status controller, as Cluster registers it. */
    static Cluster withStatusSync(String controllerYaml, String... more) {
        Cluster c = IngressFixtures.bare();
        IngressFixtures.apply(c, controllerYaml + "---\n" + IngressFixtures.app("web", 1, 8080)
                + "---\n" + String.join("---\n", more));
        c.settle(120_000);
        return c;
    }

    static List<String> address(Cluster c, String name) {
        return c.get(Ingress.class, "default", name).orElseThrow().statusAddresses();
    }

    @Test
    void withPublishServiceOfALoadBalancerTheClaimedIngressGetsItsAddress() {
        Cluster c = withStatusSync(IngressFixtures.CONTROLLER, SHOP, OTHER);
        assertEquals(List.of("203.0.113.1"), address(c, "shop"));
        assertEquals(List.of(), address(c, "other"), "an Ingress of another class is left alone");
        String table = GetTables.ingresses(List.of(c.get(Ingress.class, "default", "shop").orElseThrow()), c.now());
        assertTrue(table.lines().skip(1).findFirst().orElseThrow().contains("203.0.113.1"), table);
        assertTrue(c.events().all().stream().anyMatch(e -> e.kind() == ClusterEvent.Kind.OBJECT_CONFIGURED
                && e.text().endsWith("→ ingress controller ingress-nginx/ingress-nginx-controller publishes "
                + "203.0.113.1 in the status of Ingress shop → ingress.networking.k8s.io/shop configured")),
                () -> String.join("\n", c.events().all().stream().map(ClusterEvent::text).toList()));
    }

    @Test
    void aNodePortPublishServicePublishesItsClusterIp() {
        Cluster c = withStatusSync(IngressFixtures.CONTROLLER.replace("type: LoadBalancer", "type: NodePort"), SHOP);
        String clusterIp = c.get(io.kubetutor.model.Service.class, "ingress-nginx", "ingress-nginx-controller")
                .orElseThrow().spec().clusterIP();
        assertEquals(List.of(clusterIp), address(c, "shop"));
    }

    @Test
    void withoutPublishServiceTheNodesOfTheReadyControllerPodsArePublished() {
        Cluster c = withStatusSync(IngressFixtures.CONTROLLER
                .replace("- --publish-service=$(POD_NAMESPACE)/ingress-nginx-controller\n", "")
                .replace("  selector:\n    matchLabels", "  replicas: 2\n  selector:\n    matchLabels"), SHOP);
        List<String> nodeIps = c.snapshot().all(io.kubetutor.model.Pod.class).stream()
                .filter(p -> p.namespace().equals("ingress-nginx"))
                .map(p -> c.topology().nodes().stream().filter(n -> n.name().equals(p.spec().nodeName()))
                        .findFirst().orElseThrow().ip())
                .distinct().sorted().toList();
        assertEquals(2, nodeIps.size());
        assertEquals(nodeIps, address(c, "shop"));
    }

    @Test
    void anIngressCreatedLaterIsStampedAndTheLastPodGoingAwayClearsTheAddress() {
        Cluster c = withStatusSync(IngressFixtures.CONTROLLER, SHOP);
        IngressFixtures.apply(c, IngressFixtures.ingress("late", "", "late.example.com", "Prefix / web"));
        assertEquals(List.of("203.0.113.1"), address(c, "late"));
        c.delete(new ObjectKey("apps", "Deployment", "ingress-nginx", "ingress-nginx-controller"), "kubectl delete");
        c.settle(120_000);
        assertEquals(List.of(), address(c, "shop"), "--update-status-on-shutdown defaults to true");
        assertEquals(List.of(), address(c, "late"));
    }

    @Test
    void theControllerRecordsScheduledForSyncOnCreateAndAgainOnItsStatusWrite() {
        Cluster c = withStatusSync(IngressFixtures.CONTROLLER, SHOP);
        List<KubeEvent> events = c.kubeEvents(new ObjectKey("networking.k8s.io", "Ingress", "default", "shop"));
        assertEquals(1, events.size(), events::toString);
        KubeEvent e = events.get(0);
        assertEquals("Sync", e.reason());
        assertEquals("Scheduled for sync", e.message());
        assertEquals("nginx-ingress-controller", e.from());
        assertEquals(2, e.count());
    }

    @Test
    void aClusterWithoutAnIngressControllerWritesNothing() {
        Cluster c = IngressFixtures.bare();
        IngressFixtures.apply(c, IngressFixtures.app("web", 1, 8080) + "---\n" + SHOP);
        c.settle(60_000);
        assertEquals(List.of(), address(c, "shop"));
        assertTrue(c.kubeEvents(new ObjectKey("networking.k8s.io", "Ingress", "default", "shop")).isEmpty());
    }
}
