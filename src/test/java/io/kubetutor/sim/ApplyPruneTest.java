package io.kubetutor.sim;

import static io.kubetutor.sim.Manifests.FILE;
import static io.kubetutor.sim.Manifests.all;
import static io.kubetutor.sim.Manifests.server;
import static io.kubetutor.sim.Manifests.service;
import static io.kubetutor.sim.Manifests.stored;
import static io.kubetutor.sim.Manifests.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Endpoints;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Change.DeleteCause;
import io.kubetutor.sim.Change.Pool;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyPruneTest {
    private static final String ENDPOINTS_WARNING =
            "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";

    @Test
    void aServiceGoneFromTheManifestIsPrunedAndItsAllocationsReleased() {
        ApiServer s = server();
        Service a = service("a", "ClusterIP", tcp("", 80));
        s.apply(FILE, all(a, service("b", "NodePort", tcp("", 80, 30080))), true);
        String ip = stored(s, "default", "b").spec().clusterIP();
        ApplyResult r = s.apply(FILE, all(a), true);
        assertEquals(List.of("service/a unchanged", ENDPOINTS_WARNING, "service/b pruned"), r.lines());
        assertTrue(s.get(Service.class, "default", "b").isEmpty());
        assertFalse(s.clusterIpAllocated(ip));
        assertFalse(s.nodePortAllocated(30080));
        ObjectKey b = ObjectKey.service("default", "b");
        assertTrue(r.changes().contains(new Change.Released(b, Pool.CLUSTER_IP, ip)));
        assertTrue(r.changes().contains(new Change.Released(b, Pool.NODE_PORT, "30080")));
        assertTrue(r.changes().get(0) instanceof Change.Deleted d && d.cause() == DeleteCause.PRUNED);
    }

    @Test
    void withoutPruneAnObjectGoneFromTheManifestStays() {
        ApiServer s = server();
        Service a = service("a", "ClusterIP", tcp("", 80));
        s.apply(FILE, all(a, service("b", "ClusterIP", tcp("", 80))), false);
        assertEquals(List.of("service/a unchanged"), s.apply(FILE, all(a), false).lines());
        assertTrue(s.get(Service.class, "default", "b").isPresent());
    }

    @Test
    void systemObjectsAreNeverPruned() {
        ApiServer s = server();
        Service kubernetes = stored(s, "default", "kubernetes");
        Service mine = new Service(kubernetes.metadata(), kubernetes.spec(), null, Manifests.at(1));
        s.apply(FILE, all(mine, Manifests.namespace("default"), service("a", "ClusterIP", tcp("", 80))), true);
        ApplyResult r = s.apply(FILE, all(service("a", "ClusterIP", tcp("", 80))), true);
        assertEquals(List.of("service/a unchanged", ENDPOINTS_WARNING), r.lines());
        assertTrue(s.get(Service.class, "default", "kubernetes").isPresent());
        assertTrue(s.get(Service.class, "kube-system", "kube-dns").isPresent());
        assertTrue(s.get(Endpoints.class, "default", "kubernetes").isPresent());
        assertTrue(s.get(Namespace.class, "", "default").isPresent());
        assertTrue(s.clusterIpAllocated("10.96.0.1"));
    }

    @Test
    void nothingIsPrunedWhenAnyObjectFailed() {
        ApiServer s = server();
        Service a = service("a", "ClusterIP", tcp("", 80));
        s.apply(FILE, all(a, service("b", "ClusterIP", tcp("", 80))), true);
        ApplyResult r = s.apply(FILE, all(a, service("c", "NodePort", tcp("", 80, 80))), true);
        assertEquals("service/a unchanged", r.lines().get(0));
        assertEquals(2, r.lines().size());
        assertTrue(s.get(Service.class, "default", "b").isPresent());
    }

    @Test
    void onlyTheNamespacesOfTheAppliedObjectsArePruned() {
        ApiServer s = server();
        Namespace shop = Manifests.namespace("shop");
        s.apply(FILE, all(shop, service("shop", "cart", b -> { }), service("a", "ClusterIP", tcp("", 80))), true);
        // Nothing of shop's namespaced objects is applied now, so kubectl does not look there.
        ApplyResult r = s.apply(FILE, all(shop, service("a", "ClusterIP", tcp("", 80))), true);
        assertEquals(List.of("namespace/shop unchanged", "service/a unchanged", ENDPOINTS_WARNING), r.lines());
        assertTrue(s.get(Service.class, "shop", "cart").isPresent());
    }

    @Test
    void aPrunedNamespaceTakesItsObjectsAlong() {
        ApiServer s = server();
        Service a = service("a", "ClusterIP", tcp("", 80));
        s.apply(FILE, all(Manifests.namespace("shop"), service("shop", "cart", b -> { }), a), true);
        String ip = stored(s, "shop", "cart").spec().clusterIP();
        ApplyResult r = s.apply(FILE, all(a), true);
        assertEquals(List.of("service/a unchanged", ENDPOINTS_WARNING, "namespace/shop pruned"), r.lines());
        assertTrue(s.get(Service.class, "shop", "cart").isEmpty());
        assertFalse(s.clusterIpAllocated(ip));
        assertTrue(r.changes().stream().anyMatch(c -> c instanceof Change.Deleted d
                && d.cause() == DeleteCause.CASCADE && d.object().name().equals("cart")));
    }

    @Test
    void prunedObjectsFollowKubectlsKindOrderThenNames() {
        ApiServer s = server();
        Service keep = service("keep", "ClusterIP", tcp("", 80));
        s.apply(FILE, all(keep, Manifests.pod("p2"), service("zeta", "ClusterIP", tcp("", 80)), Manifests.pod("p1"),
                service("alpha", "ClusterIP", tcp("", 80)), Manifests.unsimulated("v1", "ConfigMap", "cfg"),
                new EndpointSlice(ObjectMeta.named("slice", ""), "IPv4", List.of(), List.of(), null),
                new IngressClass(ObjectMeta.named("nginx", ""), "k8s.io/ingress-nginx", null)), true);
        ApplyResult r = s.apply(FILE, all(keep), true);
        assertEquals(List.of("service/keep unchanged", "configmap/cfg pruned", ENDPOINTS_WARNING, "pod/p1 pruned",
                "pod/p2 pruned", "service/alpha pruned", "service/zeta pruned"), r.lines());
        // Kinds outside kubectl's default allow-list stay.
        assertTrue(s.get(EndpointSlice.class, "default", "slice").isPresent());
        assertTrue(s.get(IngressClass.class, "", "nginx").isPresent());
        assertTrue(s.get(Pod.class, "default", "p1").isEmpty());
    }

    @Test
    void deletingAServiceTakesItsHandWrittenEndpointsAlong() {
        ApiServer s = server();
        s.apply(FILE, all(service("", "db", b -> b.selector = null), Manifests.endpoints("db", "192.168.1.50")), true);
        ApplyResult r = s.apply(FILE, all(Manifests.endpoints("db", "192.168.1.50")), true);
        assertEquals(List.of(ENDPOINTS_WARNING, "endpoints/db unchanged", "service/db pruned"), r.lines());
        assertTrue(s.get(Endpoints.class, "default", "db").isEmpty());
    }

    @Test
    void theImmortalNamespacesCannotBeDeleted() {
        ApiServer s = server();
        assertTrue(s.delete(ObjectKey.namespace("default")).isEmpty());
        assertTrue(s.get(Namespace.class, "", "default").isPresent());
        assertFalse(s.delete(ObjectKey.namespace("kube-node-lease")).isEmpty());
    }

    @Test
    void anEmptyApplyIsRefusedAndPrunesNothing() {
        ApiServer s = server();
        s.apply(FILE, all(service("a", "ClusterIP", tcp("", 80))), true);
        ApplyResult r = s.apply(FILE, List.of(), true);
        assertEquals(List.of("error: no objects passed to apply"), r.lines());
        assertTrue(r.failed());
        assertTrue(s.get(Service.class, "default", "a").isPresent());
    }
}
