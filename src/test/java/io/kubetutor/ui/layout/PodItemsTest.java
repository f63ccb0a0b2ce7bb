package io.kubetutor.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.topology.Clusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pod cards read a pod as kubectl get pods does, and know what scales it and what it is for. */
class PodItemsTest {
    @Test
    void kubectlsStatusWordsMapToStateSymbols() {
        assertEquals(PodHealth.READY, PodHealth.of("Running", true));
        assertEquals(PodHealth.NOT_READY, PodHealth.of("Running", false));
        assertEquals(PodHealth.NOT_READY, PodHealth.of("NotReady", false));
        assertEquals(PodHealth.STARTING, PodHealth.of("ContainerCreating", false));
        assertEquals(PodHealth.STARTING, PodHealth.of("Pending", false));
        assertEquals(PodHealth.STARTING, PodHealth.of("Init:0/1", false));
        assertEquals(PodHealth.TERMINATING, PodHealth.of("Terminating", true));
        assertEquals(PodHealth.FAILED, PodHealth.of("CrashLoopBackOff", false));
        assertEquals(PodHealth.FAILED, PodHealth.of("Init:Error", false));
        assertEquals(PodHealth.COMPLETED, PodHealth.of("Completed", false));
        assertEquals("⏳", PodHealth.STARTING.symbol());
        assertEquals("⟳", PodHealth.TERMINATING.symbol());
    }

    @Test
    void aFreshPodIsStartingAndASettledOneIsReadyWithKubectlsCells() {
        Clusters c = Clusters.empty(ClusterTopology.defaults());
        c.session.applyText(Clusters.web(1, "ClusterIP"));
        PodItem starting = webPod(c.last());
        assertEquals(PodHealth.STARTING, starting.health());
        assertEquals("0/1", starting.ready());
        c.session.advanceBy(30_000);
        PodItem ready = webPod(c.last());
        assertEquals(PodHealth.READY, ready.health());
        assertEquals("1/1", ready.ready());
        assertEquals("Running", ready.status());
        assertEquals("0", ready.restarts());
    }

    @Test
    void aDeletedPodShowsTerminatingUntilItIsGone() throws Exception {
        Clusters c = Clusters.small();
        String name = webPod(c.last()).name();
        c.session.kubectl(List.of("delete", "pod", name, "--wait=false")).get();
        PodItem gone = TopologyModel.of(c.last(), true).pod("default/" + name);
        assertEquals(PodHealth.TERMINATING, gone.health());
        assertEquals("Terminating", gone.status());
    }

    @Test
    void cardsShowTheLabelsAPersonWroteAndScaleTheDeployment() {
        PodItem p = webPod(Clusters.small().last());
        assertEquals(List.of("app=web", "tier=frontend", "track=stable"), p.labels());
        assertTrue(p.allLabels().containsKey("pod-template-hash"));
        assertEquals(new PodItem.WorkloadRef("deployment", "default", "web"), p.owner());
        assertEquals(PodItem.Role.APP, p.role());
    }

    @Test
    void statefulSetPodsScaleTheirStatefulSetAndSystemPodsAreMarked() {
        TopologyModel m = TopologyModel.of(Clusters.shop().last(), true);
        assertEquals(new PodItem.WorkloadRef("statefulset", "default", "db"), m.pod("default/db-0").owner());
        assertTrue(m.pods().stream().filter(p -> p.namespace().equals("kube-system"))
                .allMatch(p -> p.role() == PodItem.Role.SYSTEM && p.infrastructure()));
        assertTrue(m.pods().stream().anyMatch(p -> p.role() == PodItem.Role.INGRESS_CONTROLLER));
    }

    @Test
    void servicesShowTheirTypeAddressesPortsAndEndpoints() {
        TopologyModel m = TopologyModel.of(Clusters.shop().last(), true);
        ServiceItem web = m.service("svc:default/web");
        assertEquals("NodePort", web.type());
        assertEquals("80→http/TCP", web.ports().get(0).text());
        assertEquals(30080, web.ports().get(0).nodePort());
        ServiceItem shop = m.service("svc:default/shop");
        assertEquals(List.of("203.0.113.2"), shop.externalAddresses());
        assertFalse(shop.externalPending());
        assertTrue(m.service("svc:default/db").headless());
        assertTrue(m.service("svc:default/kubernetes").system());
        long webLines = m.endpoints().stream().filter(e -> e.serviceId().equals(web.id())).count();
        assertEquals(5, webLines, "one line per web pod");
        EndpointItem api = m.endpoints().stream().filter(e -> e.serviceId().equals("svc:default/kubernetes"))
                .findFirst().orElseThrow();
        assertEquals("node1", api.targetId(), "the apiserver endpoint is the control plane node's address");
        assertTrue(m.nodes().get(0).nodePorts().stream().anyMatch(t -> t.port() == 30080));
        assertEquals(1, m.ingresses().size());
        assertEquals(List.of("shop.example.com/ → web:80"), m.ingresses().get(0).rules());
    }

    @Test
    void aLoadBalancerWithoutACloudStaysPending() {
        Clusters c = Clusters.empty(ClusterTopology.defaults());
        c.session.applyText(Clusters.web(1, "LoadBalancer"));
        TopologyModel m = TopologyModel.of(c.last(), true);
        assertTrue(m.service("svc:default/web").externalPending());
        assertNull(m.outside().loadBalancer(), "no cloud load balancer to draw");
        assertTrue(CardLines.service(m.service("svc:default/web"), null).stream()
                .anyMatch(l -> l.text().contains("<pending>")));
    }

    @Test
    void anExternalNameServiceShowsItsTargetAndAControlPlaneNodeIsMarked() {
        ClusterTopology d = ClusterTopology.defaults();
        List<ClusterTopology.Node> nodes = new java.util.ArrayList<>(d.nodes());
        ClusterTopology.Node first = nodes.get(0);
        nodes.set(0, new ClusterTopology.Node(first.name(), first.ip(), first.podCIDR(), true));
        Clusters c = Clusters.empty(new ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode()));
        c.session.applyText("""
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec: {type: ExternalName, externalName: db.example.com}
                """);
        TopologyModel m = TopologyModel.of(c.last(), true);
        ServiceItem db = m.service("svc:default/db");
        assertEquals("ExternalName", db.type());
        assertEquals("→ db.example.com", CardLines.service(db, null).get(0).text());
        assertTrue(m.node("node1").controlPlane());
        assertFalse(m.node("node2").controlPlane());
    }

    private static PodItem webPod(SessionState s) {
        return TopologyModel.of(s, true).pods().stream().filter(p -> p.name().startsWith("web-")).findFirst()
                .orElseThrow();
    }
}
