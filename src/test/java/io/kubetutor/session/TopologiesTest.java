package io.kubetutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster settings give topologies whose nodes the simulator can run. */
class TopologiesTest {
    @Test
    void tenNodesAreNumberedWithTheirOwnAddressesAndPodRanges() {
        ClusterTopology t = Topologies.withNodes(ClusterTopology.defaults(), 10);
        assertEquals(10, t.nodes().size());
        assertEquals("node10", t.nodes().get(9).name());
        assertEquals("192.168.1.11", t.nodes().get(9).ip());
        assertEquals("10.244.9.0/24", t.nodes().get(9).podCIDR());
        assertEquals(ClusterTopology.defaults().nodes(), Topologies.withNodes(ClusterTopology.defaults(), 3).nodes());
    }

    @Test
    void aClusterOnTenNodesSchedulesAHundredPodsAcrossAllOfThem() {
        List<SessionState> states = new ArrayList<>();
        Session s = new Session(Topologies.withNodes(ClusterTopology.defaults(), 10), 1, states::add, Runnable::run);
        s.applyText(SessionTest.WEB.replace("replicas: 3", "replicas: 100"));
        s.advanceBy(60_000);
        var pods = states.get(states.size() - 1).snapshot().all(io.kubetutor.model.Pod.class).stream()
                .filter(p -> p.name().startsWith("web-")).toList();
        assertEquals(100, pods.size());
        assertEquals(10, pods.stream().map(p -> p.spec().nodeName()).distinct().count());
        assertTrue(pods.stream().allMatch(p -> !p.status().podIP().isEmpty()));
    }

    @Test
    void moreThanTenNodesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Topologies.withNodes(ClusterTopology.defaults(), 11));
    }
}
