package io.kubetutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.RequestKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine side of the window: what a Session publishes after each piece of work. */
class SessionTest {
    static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{port: 80, nodePort: 30080}]
            """;

    private final List<SessionState> states = new ArrayList<>();
    private final Session session = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);

    private SessionState last() {
        return states.get(states.size() - 1);
    }

    @Test
    void startingPublishesTheBootstrappedClusterWithItsNodes() {
        assertEquals(1, states.size());
        assertEquals(List.of("node1", "node2", "node3"), last().nodes().stream().map(NodeStatus::name).toList());
        assertTrue(last().snapshot().get(Service.class, "default", "kubernetes").isPresent());
        assertFalse(last().stale());
    }

    @Test
    void appliedTextAppearsInTheNextStateWithItsEvents() {
        session.applyText(WEB);
        assertTrue(last().snapshot().get(Service.class, "default", "web").isPresent());
        assertEquals(3, last().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-")).count());
        assertTrue(last().newEvents().stream().anyMatch(e -> e.kind() == ClusterEvent.Kind.OBJECT_CREATED));
        long version = last().version();
        session.advanceBy(1000);
        assertEquals(version + 1, last().version());
    }

    @Test
    void eventsArePublishedOnceEach() {
        session.applyText(WEB);
        session.advanceBy(30_000);
        List<Long> seqs = new ArrayList<>();
        states.forEach(s -> s.newEvents().forEach(e -> seqs.add(e.seq())));
        assertEquals(seqs.stream().distinct().count(), seqs.size());
    }

    @Test
    void textThatCannotBeReadKeepsTheLastValidClusterAndIsMarkedStale() {
        session.applyText(WEB);
        session.applyText(WEB.replace("nodePort: 30080}]", "nodePort: 30081"));
        assertTrue(last().stale());
        assertTrue(last().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
        assertEquals(30080, last().snapshot().get(Service.class, "default", "web").orElseThrow().spec().ports().get(0)
                .nodePort());
    }

    @Test
    void anObjectTheApiServerRefusesKeepsItsOldStateWhileTheRestApplies() {
        session.applyText(WEB);
        session.applyText(WEB.replace("nodePort: 30080", "nodePort: 80").replace("replicas: 3", "replicas: 4"));
        SessionState s = last();
        assertFalse(s.stale());
        assertEquals(4, s.snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-")).count());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR
                && d.message().contains("provided port is not in the valid range")));
        assertEquals(30080, s.snapshot().get(Service.class, "default", "web").orElseThrow().spec().ports().get(0)
                .nodePort());
        session.applyText(WEB);
        assertFalse(last().stale());
        assertEquals(List.of(), last().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
    }

    @Test
    void whatVanishesFromTheTextVanishesFromTheCluster() {
        session.applyText(WEB);
        session.applyText(WEB.substring(0, WEB.indexOf("---")));
        assertTrue(last().snapshot().get(Service.class, "default", "web").isEmpty());
        session.applyText("");
        session.advanceBy(60_000);
        assertTrue(last().snapshot().all(Pod.class).stream().noneMatch(p -> p.name().startsWith("web-")));
    }

    @Test
    void requestsAndExecCurlBothArriveAsTraces() throws Exception {
        session.applyText(WEB);
        session.advanceBy(30_000);
        session.send("laptop", "http://192.168.1.2:30080/", RequestKind.CURL, 2);
        assertEquals(2, last().newTraces().size());
        assertEquals(Outcome.DELIVERED, last().newTraces().get(0).outcome());
        String pod = last().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-")).findFirst()
                .orElseThrow().name();
        var out = session.kubectl(List.of("exec", pod, "--", "curl", "-s", "http://web")).get();
        assertEquals(0, out.exitCode(), out.stderr());
        assertEquals(1, last().newTraces().size());
        assertEquals(RequestKind.CURL, last().newTraces().get(0).kind());
    }

    @Test
    void aKeptAliveConnectionIsHeldUntilItsPodGoes() throws Exception {
        session.applyText(WEB);
        session.advanceBy(30_000);
        session.send("laptop", "http://192.168.1.2:30080/", RequestKind.KEEP_ALIVE, 1);
        assertEquals(1, last().keptAlive().size());
        String pod = last().keptAlive().get(0).pod();
        session.kubectl(List.of("delete", "pod", pod, "--wait=false")).get();
        session.advanceBy(60_000);
        assertEquals(List.of(), last().keptAlive());
    }

    @Test
    void aBurstIsCountedPerPodAndNumbered() {
        session.applyText(WEB);
        session.advanceBy(30_000);
        session.burst("laptop", "http://192.168.1.2:30080/", RequestKind.CURL, 300, true);
        assertEquals(1, last().burstSeq());
        assertEquals(300, last().burst().perPod().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, last().burst().perPod().size());
    }

    @Test
    void aCordonedNodeAndAFailedOneShowInTheNodeStatuses() {
        session.cordon("node2", true);
        NodeStatus node2 = last().nodes().get(1);
        assertTrue(node2.cordoned());
        session.failNode("node3", true);
        NodeStatus node3 = last().nodes().get(2);
        assertTrue(node3.failed());
        assertTrue(node3.ready(), "the API still says Ready until the node lifecycle controller notices");
        session.advanceBy(120_000);
        assertFalse(last().nodes().get(2).ready());
        assertEquals("Unknown", last().nodes().get(2).condition());
    }

    @Test
    void anActionOnAnUnknownNodeLeavesTheEngineRunning() {
        session.cordon("node9", true);
        session.applyText(WEB);
        assertTrue(last().snapshot().get(Service.class, "default", "web").isPresent());
    }
}
