package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Pod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointsFollowPodsTest {
    static final String WEB = WorkloadTest.DEPLOYMENT + """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{port: 80, targetPort: 80}]
            """;

    static List<String> ready(Cluster c, String svc) {
        List<String> out = new ArrayList<>();
        for (Endpoints.Subset s : c.get(Endpoints.class, "default", svc).orElseThrow().subsets()) {
            s.addresses().forEach(a -> out.add(a.ip()));
        }
        return out;
    }

    static List<String> notReady(Cluster c, String svc) {
        List<String> out = new ArrayList<>();
        for (Endpoints.Subset s : c.get(Endpoints.class, "default", svc).orElseThrow().subsets()) {
            s.notReadyAddresses().forEach(a -> out.add(a.ip()));
        }
        return out;
    }

    static List<String> texts(Cluster c, long afterSeq) {
        return c.events().since(afterSeq).stream().map(ClusterEvent::text).toList();
    }

    @Test
    void aDeletedPodLeavesTheEndpointsAndItsReplacementsNewAddressJoinsThem() {
        Cluster c = Clusters.with(WEB);
        c.advanceBy(5_000);
        // node1's first two addresses went to the CoreDNS pods before the learner arrived.
        assertEquals(List.of("10.244.0.4", "10.244.1.2", "10.244.2.2"), ready(c, "web"));
        Pod victim = Clusters.inDefault(c, Pod.class).stream()
                .filter(p -> p.status().podIP().equals("10.244.1.2")).findFirst().orElseThrow();
        long mark = c.events().lastSeq();
        c.delete(ObjectKey.of(victim), "kubectl delete pod");
        assertEquals(List.of("10.244.0.4", "10.244.2.2"), ready(c, "web"));
        assertTrue(texts(c, mark).contains("pod " + victim.name() + " deleted → 10.244.1.2 removed from Endpoints web"),
                () -> String.join("\n", texts(c, mark)));
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        Pod replacement = Clusters.inDefault(c, Pod.class).stream().filter(p -> !p.name().equals(victim.name())
                && p.status().podIP().startsWith("10.244.1.")).findFirst().orElseThrow();
        assertEquals("10.244.1.3", replacement.status().podIP(), "host-local hands out the next address, not the freed one");
        assertEquals(List.of("10.244.0.4", "10.244.1.3", "10.244.2.2"), ready(c, "web"));
        assertTrue(texts(c, mark).contains("pod " + replacement.name() + " running at 10.244.1.3 on node2, Ready → "
                + "10.244.1.3 added to Endpoints web"), () -> String.join("\n", texts(c, mark)));
    }

    @Test
    void theSliceMarksATerminatingPodUntilItIsGone() {
        Cluster c = Clusters.with(WEB);
        c.advanceBy(5_000);
        Pod victim = Clusters.inDefault(c, Pod.class).get(0);
        c.delete(ObjectKey.of(victim), "kubectl delete pod");
        EndpointSlice slice = c.snapshot().all(EndpointSlice.class).stream()
                .filter(s -> "web".equals(s.metadata().labels().get("kubernetes.io/service-name"))).findFirst()
                .orElseThrow();
        EndpointSlice.Endpoint e = slice.endpoints().stream()
                .filter(x -> x.addresses().contains(victim.status().podIP())).findFirst().orElseThrow();
        assertEquals(new EndpointSlice.Conditions(false, true, true), e.conditions());
        c.advanceBy(Kubelet.APP_EXIT_MILLIS);
        assertFalse(c.snapshot().all(EndpointSlice.class).stream().flatMap(s -> s.endpoints().stream())
                .anyMatch(x -> x.addresses().contains(victim.status().podIP())));
    }

    @Test
    void failingReadinessMovesThePodToNotReadyAddressesWithTheReason() {
        Cluster c = Clusters.with(WEB.replace("ports: [{containerPort: 80}]}]",
                "ports: [{containerPort: 80}], readinessProbe: {httpGet: {port: 80}, periodSeconds: 10}}]"));
        c.advanceBy(5_000);
        assertEquals(3, ready(c, "web").size());
        Pod p = Clusters.inDefault(c, Pod.class).get(0);
        long mark = c.events().lastSeq();
        c.setAppAnswers("default", p.name(), false);
        c.advanceBy(30_000);
        assertEquals(List.of(p.status().podIP()), notReady(c, "web"));
        assertTrue(texts(c, mark).contains("pod " + p.name() + " not Ready (readiness probe failed 3 times) → "
                + p.status().podIP() + " moved to notReadyAddresses of Endpoints web"),
                () -> String.join("\n", texts(c, mark)));
        c.setAppAnswers("default", p.name(), true);
        c.advanceBy(10_000);
        assertEquals(3, ready(c, "web").size());
    }

    @Test
    void aRelabelledPodLeavesTheServiceAndItsReplacementJoins() {
        Cluster c = Clusters.with(WEB);
        c.advanceBy(5_000);
        Pod p = Clusters.inDefault(c, Pod.class).get(0);
        c.update(p.withMetadata(p.metadata().withLabels(java.util.Map.of("app", "debug"))));
        assertFalse(ready(c, "web").contains(p.status().podIP()));
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        assertEquals(3, ready(c, "web").size());
    }

    @Test
    void aServiceWithoutASelectorKeepsTheEndpointsItsUserWrote() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec: {ports: [{port: 5432}]}
                ---
                apiVersion: v1
                kind: Endpoints
                metadata: {name: db}
                subsets:
                - addresses: [{ip: 192.168.50.10}, {ip: 192.168.50.11}]
                  ports: [{port: 5432}]
                """);
        c.advanceBy(60_000);
        assertEquals(List.of("192.168.50.10", "192.168.50.11"), ready(c, "db"));
    }

    @Test
    void publishNotReadyAddressesListsUnreadyPodsAsAddresses() {
        Cluster c = Clusters.with(WEB.replace("selector: {app: web}\n  ports",
                "selector: {app: web}\n  publishNotReadyAddresses: true\n  ports"));
        assertEquals(List.of(), ready(c, "web"), "no pod has an address before its containers start");
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        c.setAppAnswers("default", Clusters.inDefault(c, Pod.class).get(0).name(), false);
        assertEquals(3, ready(c, "web").size());
    }

    @Test
    void aBarePodRelabelledToMatchJoinsTheService() {
        Cluster c = Clusters.with(EndpointsFollowPodsTest.WEB + """
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: stray, labels: {app: other}}
                spec: {nodeName: node1, containers: [{name: c, image: nginx}]}
                """);
        c.advanceBy(5_000);
        Pod stray = Clusters.pod(c, "stray");
        assertFalse(ready(c, "web").contains(stray.status().podIP()));
        c.update(stray.withMetadata(stray.metadata().withLabels(java.util.Map.of("app", "web"))));
        assertTrue(ready(c, "web").contains(stray.status().podIP()));
    }

    @Test
    void aLargeServiceSpreadsItsAddressesOverSlicesOfAtMostAHundred() {
        Cluster c = Clusters.with(WEB.replace("replicas: 3", "replicas: 150"));
        c.advanceBy(5_000);
        List<Integer> sizes = c.snapshot().all(EndpointSlice.class).stream()
                .filter(s -> "web".equals(s.metadata().labels().get("kubernetes.io/service-name")))
                .map(s -> s.endpoints().size()).sorted().toList();
        assertEquals(150, sizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(sizes.stream().allMatch(n -> n <= 100), sizes.toString());
        assertEquals(2, sizes.size(), sizes.toString());
    }
}
