package io.kubetutor.sim;

import static io.kubetutor.sim.Manifests.FILE;
import static io.kubetutor.sim.Manifests.all;
import static io.kubetutor.sim.Manifests.edit;
import static io.kubetutor.sim.Manifests.server;
import static io.kubetutor.sim.Manifests.service;
import static io.kubetutor.sim.Manifests.stored;
import static io.kubetutor.sim.Manifests.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.sim.Change.Pool;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyUpdateTest {

    @Test
    void applyingTheSameManifestAgainIsUnchangedEvenFromAnotherPosition() {
        ApiServer s = server();
        Service web = service("web", "NodePort", tcp("", 80));
        s.apply(FILE, all(web), false);
        Service before = stored(s, "default", "web");
        ApplyResult r = s.apply(FILE, all(Manifests.withOrigin(web, Manifests.at(40))), false);
        assertEquals(List.of("service/web unchanged"), r.lines());
        assertTrue(r.changes().isEmpty());
        assertEquals(before, stored(s, "default", "web"));
    }

    @Test
    void anEditedServiceIsConfiguredAndKeepsItsClusterIpAndNodePort() {
        ApiServer s = server();
        Service web = service("web", "NodePort", tcp("", 80));
        s.apply(FILE, all(web), false);
        Service before = stored(s, "default", "web");
        ApplyResult r = s.apply(FILE, all(edit(web, b -> b.ports = List.of(tcp("", 80).withTargetPort(
                IntOrString.of("http"))))), false);
        assertEquals(List.of("service/web configured"), r.lines());
        Service after = stored(s, "default", "web");
        assertEquals(before.spec().clusterIP(), after.spec().clusterIP());
        assertEquals(before.spec().ports().get(0).nodePort(), after.spec().ports().get(0).nodePort());
        assertEquals(IntOrString.of("http"), after.spec().ports().get(0).targetPort());
        assertEquals(List.of(new Change.Configured(before, after)), r.changes());
    }

    @Test
    void aNamedPortKeepsItsNodePortWhenItsNumberChanges() {
        ApiServer s = server();
        Service web = service("web", "NodePort", tcp("http", 80));
        s.apply(FILE, all(web), false);
        int nodePort = stored(s, "default", "web").spec().ports().get(0).nodePort();
        s.apply(FILE, all(edit(web, b -> b.ports = List.of(tcp("http", 8080)))), false);
        assertEquals(nodePort, stored(s, "default", "web").spec().ports().get(0).nodePort());
        assertEquals(1, s.nodePortsInUse());
    }

    @Test
    void aRenamedPortKeepsItsNodePortThroughKubectlsMergeOnThePortNumber() {
        ApiServer s = server();
        Service web = service("web", "NodePort", tcp("http", 80));
        s.apply(FILE, all(web), false);
        int nodePort = stored(s, "default", "web").spec().ports().get(0).nodePort();
        s.apply(FILE, all(edit(web, b -> b.ports = List.of(tcp("web", 80)))), false);
        assertEquals(nodePort, stored(s, "default", "web").spec().ports().get(0).nodePort());
    }

    @Test
    void aNodePortLineDeletedFromTheManifestIsStillKeptByTheServer() {
        ApiServer s = server();
        Service pinned = service("web", "NodePort", tcp("http", 80, 30080));
        s.apply(FILE, all(pinned), false);
        ApplyResult r = s.apply(FILE, all(service("web", "NodePort", tcp("http", 80))), false);
        assertEquals(List.of("service/web configured"), r.lines());
        assertEquals(30080, stored(s, "default", "web").spec().ports().get(0).nodePort());
        assertTrue(s.nodePortAllocated(30080));
    }

    @Test
    void aNewPortGetsANewNodePortAndADroppedPortReleasesIts() {
        ApiServer s = server();
        Service web = service("web", "NodePort", tcp("http", 80, 30080));
        s.apply(FILE, all(web), false);
        ApplyResult r = s.apply(FILE, all(edit(web, b -> b.ports = List.of(tcp("https", 443, 30443)))), false);
        assertEquals(List.of("service/web configured"), r.lines());
        assertFalse(s.nodePortAllocated(30080));
        assertTrue(s.nodePortAllocated(30443));
        ObjectKey key = ObjectKey.service("default", "web");
        assertTrue(r.changes().contains(new Change.Allocated(key, Pool.NODE_PORT, "30443")));
        assertTrue(r.changes().contains(new Change.Released(key, Pool.NODE_PORT, "30080")));
    }

    @Test
    void clusterIpToNodePortToClusterIpKeepsTheAddressAndReleasesTheNodePort() {
        ApiServer s = server();
        Service web = service("web", "ClusterIP", tcp("", 80));
        s.apply(FILE, all(web), false);
        String ip = stored(s, "default", "web").spec().clusterIP();

        ApplyResult toNodePort = s.apply(FILE, all(service("web", "NodePort", tcp("", 80))), false);
        assertEquals(List.of("service/web configured"), toNodePort.lines());
        Service np = stored(s, "default", "web");
        assertEquals(ip, np.spec().clusterIP());
        int nodePort = np.spec().ports().get(0).nodePort();
        assertTrue(s.nodePortAllocated(nodePort));
        assertTrue(toNodePort.changes().contains(new Change.Allocated(ObjectKey.service("default", "web"),
                Pool.NODE_PORT, Integer.toString(nodePort))));

        ApplyResult back = s.apply(FILE, all(web), false);
        assertEquals(List.of("service/web configured"), back.lines());
        Service again = stored(s, "default", "web");
        assertEquals(ip, again.spec().clusterIP());
        assertEquals(0, again.spec().ports().get(0).nodePort());
        assertEquals("", again.spec().externalTrafficPolicy());
        assertFalse(s.nodePortAllocated(nodePort));
        assertTrue(back.changes().contains(new Change.Released(ObjectKey.service("default", "web"), Pool.NODE_PORT,
                Integer.toString(nodePort))));
        assertEquals(0, s.nodePortsInUse());
    }

    @Test
    void goingToExternalNameReleasesTheAddressAndComingBackAllocatesAnother() {
        ApiServer s = server();
        Service web = service("web", "ClusterIP", tcp("", 80));
        s.apply(FILE, all(web), false);
        String ip = stored(s, "default", "web").spec().clusterIP();
        s.apply(FILE, all(edit(web, b -> {
            b.type = "ExternalName";
            b.externalName = "web.example.com";
        })), false);
        Service ext = stored(s, "default", "web");
        assertEquals("", ext.spec().clusterIP());
        assertTrue(ext.spec().clusterIPs().isEmpty());
        assertFalse(s.clusterIpAllocated(ip));
        s.apply(FILE, all(web), false);
        String again = stored(s, "default", "web").spec().clusterIP();
        assertTrue(s.clusterIpAllocated(again));
        assertEquals(3, s.clusterIpsInUse());
    }

    @Test
    void switchingTheLoadBalancerPolicyAllocatesAndReleasesTheHealthCheckNodePort() {
        ApiServer s = server();
        Service cluster = service("lb", "LoadBalancer", tcp("", 80));
        s.apply(FILE, all(cluster), false);
        Service local = edit(cluster, b -> b.externalTrafficPolicy = "Local");
        s.apply(FILE, all(local), false);
        int hc = stored(s, "default", "lb").spec().healthCheckNodePort();
        assertNotEquals(0, hc);
        assertTrue(s.nodePortAllocated(hc));
        // Editing something else keeps the port (kubectl keeps the server's value).
        s.apply(FILE, all(edit(local, b -> b.sessionAffinity = "ClientIP")), false);
        assertEquals(hc, stored(s, "default", "lb").spec().healthCheckNodePort());
        s.apply(FILE, all(cluster), false);
        assertEquals(0, stored(s, "default", "lb").spec().healthCheckNodePort());
        assertFalse(s.nodePortAllocated(hc));
        assertEquals(1, s.nodePortsInUse());
    }

    @Test
    void theSameServiceTwiceInOneApplyIsCreatedThenConfigured() {
        ApiServer s = server();
        Service first = service("web", "ClusterIP", tcp("", 80));
        Service second = edit(first, b -> b.ports = List.of(tcp("", 8080)));
        ApplyResult r = s.apply(FILE, all(first, second), false);
        assertEquals(List.of("service/web created", "service/web configured"), r.lines());
        assertEquals(List.of(tcp("", 8080)), stored(s, "default", "web").spec().ports());
        ApplyResult same = s.apply(FILE, all(second, second), false);
        assertEquals(List.of("service/web unchanged", "service/web unchanged"), same.lines());
    }

    @Test
    void applyingTheKubernetesServiceWarnsOfTheMissingAnnotationAndKeepsItsAddress() {
        ApiServer s = server();
        Service mine = service("default", "kubernetes", b -> {
            b.selector = null;
            b.ports = List.of(new ServicePort("https", "TCP", null, 443, IntOrString.of(6443), 0));
        });
        ApplyResult r = s.apply(FILE, all(mine), false);
        assertEquals(List.of("Warning: resource services/kubernetes is missing the "
                + "kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. "
                + "kubectl apply should only be used on resources created declaratively by either kubectl create "
                + "--save-config or kubectl apply. The missing annotation will be patched automatically.",
                "service/kubernetes configured"), r.lines());
        assertEquals("10.96.0.1", stored(s, "default", "kubernetes").spec().clusterIP());
        assertEquals(List.of("service/kubernetes unchanged"), s.apply(FILE, all(mine), false).lines());
    }
}
