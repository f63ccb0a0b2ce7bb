package io.kubetutor.sim.endpoints;

import static io.kubetutor.sim.endpoints.Fixtures.deleting;
import static io.kubetutor.sim.endpoints.Fixtures.pod;
import static io.kubetutor.sim.endpoints.Fixtures.port;
import static io.kubetutor.sim.endpoints.Fixtures.ready;
import static io.kubetutor.sim.endpoints.Fixtures.ref;
import static io.kubetutor.sim.endpoints.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The EndpointSlices the EndpointSlice controller writes, and how few writes a change costs. */
class EndpointSlicesTest {
    private static final Map<String, String> LABELS = Map.of(
            "kubernetes.io/service-name", "web",
            "endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io");

    private static Service webHttp() {
        return service("web", List.of(port("http", 80, IntOrString.of(8080))));
    }

    private static ServiceEndpoints web(int maxPerSlice) {
        return new ServiceEndpoints(webHttp(), new SplittableRandom(42), maxPerSlice);
    }

    private static EndpointSlice.Endpoint endpoint(String ip, String node, String pod, boolean ready, boolean serving,
                                                   boolean terminating) {
        return new EndpointSlice.Endpoint(List.of(ip), new EndpointSlice.Conditions(ready, serving, terminating),
                null, node, null, ref(pod));
    }

    private static void addPods(ServiceEndpoints se, int count) {
        for (int i = 0; i < count; i++) {
            se.upsertPod(pod("web-" + i, "10.244." + (i / 200) + "." + (i % 200 + 1), "node-1", true));
        }
    }

    @Test
    void aServiceWithoutPodsGetsOneEmptyPlaceholderSlice() {
        ServiceEndpoints se = web(100);
        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(1, writes.size());
        assertEquals(SliceWrite.Op.CREATE, writes.get(0).op());

        EndpointSlice placeholder = se.slices().get(0);
        ObjectMeta meta = placeholder.metadata();
        assertTrue(meta.name().matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}"), meta.name());
        assertEquals("web-", meta.generateName());
        assertEquals("default", meta.namespace());
        assertEquals(LABELS, meta.labels());
        assertEquals(List.of(new ObjectMeta.OwnerReference("v1", "Service", "web", "uid-svc-web", true)),
                meta.ownerReferences());
        assertEquals("IPv4", placeholder.addressType());
        assertEquals(List.of(), placeholder.ports());
        assertEquals(List.of(), placeholder.endpoints());
    }

    @Test
    void theFirstPodTurnsThePlaceholderIntoItsSliceWithOneUpdate() {
        ServiceEndpoints se = web(100);
        String name = se.slices().get(0).metadata().name();
        se.drainSliceWrites();
        se.upsertPod(pod("web-a", "10.244.1.5", "node-1", true));

        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(1, writes.size());
        assertEquals(SliceWrite.Op.UPDATE, writes.get(0).op());
        EndpointSlice slice = writes.get(0).slice();
        assertEquals(name, slice.metadata().name());
        assertEquals(List.of(new EndpointSlice.Port("http", 8080, "TCP", null)), slice.ports());
        assertEquals(List.of(endpoint("10.244.1.5", "node-1", "web-a", true, true, false)), slice.endpoints());
        assertEquals(List.of(slice), se.slices());
    }

    @Test
    void theLastPodLeavingLeavesTheEmptyPlaceholderBehind() {
        ServiceEndpoints se = web(100);
        Pod a = pod("web-a", "10.244.1.5", "node-1", true);
        se.upsertPod(a);
        se.drainSliceWrites();
        se.removePod(a);

        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(1, writes.size());
        assertEquals(SliceWrite.Op.UPDATE, writes.get(0).op());
        assertEquals(List.of(), writes.get(0).slice().endpoints());
        assertEquals(List.of(), writes.get(0).slice().ports());
    }

    @Test
    void aTerminatingPodStaysInItsSliceMarkedTerminatingAndNotReady() {
        ServiceEndpoints se = web(100);
        se.upsertPod(deleting(pod("web-a", "10.244.1.5", "node-1", true)));
        se.upsertPod(deleting(pod("web-b", "10.244.1.6", "node-1", false)));

        assertEquals(List.of(endpoint("10.244.1.5", "node-1", "web-a", false, true, true),
                endpoint("10.244.1.6", "node-1", "web-b", false, false, true)), se.slices().get(0).endpoints());
        assertTrue(se.endpoints().subsets().isEmpty());
    }

    @Test
    void publishNotReadyAddressesMakesEveryEndpointReady() {
        Service svc = service("web", "10.96.0.10", List.of(port("http", 80, IntOrString.of(8080))), true, Map.of());
        ServiceEndpoints se = new ServiceEndpoints(svc, new SplittableRandom(1), 100);
        se.upsertPod(deleting(pod("web-a", "10.244.1.5", "node-1", false)));

        assertEquals(List.of(endpoint("10.244.1.5", "node-1", "web-a", true, false, true)),
                se.slices().get(0).endpoints());
    }

    @Test
    void hundredFiftyPodsAddedOneByOneMakeTwoSlicesOfHundredAndFifty() {
        ServiceEndpoints se = web(100);
        addPods(se, 150);
        assertEquals(List.of(100, 50), se.slices().stream().map(s -> s.endpoints().size()).toList());
        se.slices().forEach(s -> assertEquals(LABELS, s.metadata().labels()));
    }

    @Test
    void aServiceCreatedOverHundredFiftyPodsWritesTwoNewSlicesAndNoPlaceholder() {
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            pods.add(pod("web-" + i, "10.244.1." + (i + 1), "node-1", true));
        }
        ServiceEndpoints se = new ServiceEndpoints(webHttp(), new SplittableRandom(3), 100, pods);

        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(List.of(SliceWrite.Op.CREATE, SliceWrite.Op.CREATE), writes.stream().map(SliceWrite::op).toList());
        assertEquals(List.of(100, 50), writes.stream().map(w -> w.slice().endpoints().size()).toList());
        // New endpoints go in address order: 10.244.1.1, 10.244.1.10, 10.244.1.100, ...
        assertEquals(List.of("10.244.1.1", "10.244.1.10", "10.244.1.100"), writes.get(0).slice().endpoints()
                .subList(0, 3).stream().map(e -> e.addresses().get(0)).toList());
    }

    @Test
    void removingOnePodUpdatesOnlyTheSliceThatHeldIt() {
        ServiceEndpoints se = web(100);
        addPods(se, 150);
        se.drainSliceWrites();
        se.removePod(pod("web-7", "10.244.0.8", "node-1", true));

        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(1, writes.size());
        assertEquals(SliceWrite.Op.UPDATE, writes.get(0).op());
        assertEquals(99, writes.get(0).slice().endpoints().size());
    }

    @Test
    void aReadinessFlipUpdatesTheEndpointInPlace() {
        ServiceEndpoints se = web(100);
        Pod a = pod("web-a", "10.244.1.5", "node-1", true);
        se.upsertPod(a);
        se.upsertPod(pod("web-b", "10.244.1.6", "node-1", true));
        se.drainSliceWrites();

        List<EndpointChange> changes = se.upsertPod(ready(a, false));
        assertEquals(List.of(new EndpointChange(EndpointChange.Kind.BECAME_NOT_READY, "web-a", "10.244.1.5",
                "node-1")), changes);
        assertEquals("10.244.1.5 moved to notReadyAddresses of Endpoints web", changes.get(0).text("web"));
        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(1, writes.size());
        assertEquals(List.of(endpoint("10.244.1.5", "node-1", "web-a", false, false, false),
                endpoint("10.244.1.6", "node-1", "web-b", true, true, false)), writes.get(0).slice().endpoints());
    }

    @Test
    void aNewPodFillsTheFullestSliceWithRoomBeforeANewSliceIsMade() {
        ServiceEndpoints se = web(3);
        addPods(se, 7); // slices of 3, 3, 1
        se.removePod(pod("web-0", "10.244.0.1", "node-1", true)); // 2, 3, 1
        se.drainSliceWrites();
        se.upsertPod(pod("web-new", "10.244.9.9", "node-1", true));

        assertEquals(List.of(3, 3, 1), se.slices().stream().map(s -> s.endpoints().size()).toList());
        assertEquals(SliceWrite.Op.UPDATE, se.drainSliceWrites().get(0).op());
        addPods(se, 9);
        se.upsertPod(pod("web-x", "10.244.9.10", "node-1", true));
        assertTrue(se.slices().stream().allMatch(s -> s.endpoints().size() <= 3));
    }

    @Test
    void aPodWithoutANodeIsInEndpointsButNotInASlice() {
        ServiceEndpoints se = web(100);
        se.upsertPod(pod("web-a", "10.244.1.5", "", true));
        assertEquals(1, se.endpoints().subsets().size());
        assertEquals(List.of(), se.slices().get(0).endpoints());
    }

    @Test
    void changingTheTargetPortRewritesTheSlicesUnderTheirOldNames() {
        ServiceEndpoints se = web(100);
        addPods(se, 120);
        List<String> names = se.slices().stream().map(s -> s.metadata().name()).toList();
        se.drainSliceWrites();
        se.setService(service("web", List.of(port("http", 80, IntOrString.of(9090)))));

        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(List.of(SliceWrite.Op.UPDATE, SliceWrite.Op.UPDATE), writes.stream().map(SliceWrite::op).toList());
        assertEquals(names, se.slices().stream().map(s -> s.metadata().name()).toList());
        assertTrue(se.slices().stream().allMatch(s ->
                s.ports().equals(List.of(new EndpointSlice.Port("http", 9090, "TCP", null)))));
        assertEquals(120, se.slices().stream().mapToInt(s -> s.endpoints().size()).sum());
    }

    @Test
    void newServiceLabelsReachEverySlice() {
        ServiceEndpoints se = web(100);
        addPods(se, 3);
        se.drainSliceWrites();
        Service labelled = service("web", "10.96.0.10", List.of(port("http", 80, IntOrString.of(8080))), false,
                Map.of("team", "blue", "kubernetes.io/service-name", "spoof"));
        se.setService(labelled);

        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(1, writes.size());
        assertEquals(Map.of("team", "blue", "kubernetes.io/service-name", "web",
                "endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io"),
                writes.get(0).slice().metadata().labels());
    }

    @Test
    void slicePortsAreInHashOrder() {
        Service svc = service("web", List.of(port("metrics", 9100, IntOrString.of(9100)),
                port("http", 80, IntOrString.of(8080))));
        ServiceEndpoints se = new ServiceEndpoints(svc, new SplittableRandom(1), 100);
        se.upsertPod(pod("web-a", "10.244.1.5", "node-1", true));
        // FNV-128a: http/8080 is 0e87..., metrics/9100 is 62ad...
        assertEquals(List.of(new EndpointSlice.Port("http", 8080, "TCP", null),
                new EndpointSlice.Port("metrics", 9100, "TCP", null)), se.slices().get(0).ports());
    }

    @Test
    void aNewPodIpIsAnotherEndpointAndAnotherAddress() {
        ServiceEndpoints se = web(100);
        List<EndpointChange> added = se.upsertPod(pod("web-a", "10.244.1.5", "node-1", false));
        assertEquals("10.244.1.5 added to notReadyAddresses of Endpoints web", added.get(0).text("web"));
        se.drainSliceWrites();

        List<EndpointChange> moved = se.upsertPod(pod("web-a", "10.244.2.9", "node-2", true));
        assertEquals(List.of("10.244.1.5 removed from Endpoints web", "10.244.2.9 added to Endpoints web"),
                moved.stream().map(c -> c.text("web")).toList());
        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(1, writes.size());
        assertEquals(List.of(endpoint("10.244.2.9", "node-2", "web-a", true, true, false)),
                writes.get(0).slice().endpoints());
    }

    @Test
    void anotherAddressTypeReplacesTheSlicesInsteadOfReusingThem() {
        Service v6 = service("web", "fd00::10", List.of(port("http", 80, IntOrString.of(8080))), false, Map.of());
        io.kubetutor.model.ServiceSpec.Builder b = v6.spec().toBuilder();
        b.ipFamilies = List.of("IPv6");
        ServiceEndpoints se = new ServiceEndpoints(v6.withSpec(b.build()), new SplittableRandom(5), 100);
        Pod p = pod("web-a", "fd00:10:244::5", "node-1", true);
        se.upsertPod(p);
        assertEquals("IPv6", se.slices().get(0).addressType());
        assertEquals(List.of("fd00:10:244::5"), se.slices().get(0).endpoints().get(0).addresses());
        assertEquals("fd00:10:244::5", se.endpoints().subsets().get(0).addresses().get(0).ip());
        String old = se.slices().get(0).metadata().name();
        se.drainSliceWrites();

        se.setService(webHttp());
        List<SliceWrite> writes = se.drainSliceWrites();
        assertEquals(List.of(SliceWrite.Op.CREATE, SliceWrite.Op.DELETE), writes.stream().map(SliceWrite::op).toList());
        assertEquals(old, writes.get(1).slice().metadata().name());
        assertEquals("IPv4", se.slices().get(0).addressType());
        assertEquals(List.of(), se.slices().get(0).endpoints());
        assertTrue(se.endpoints().subsets().isEmpty());
    }
}
