package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.RequestKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BurstBarsTest {
    private static BurstBars burst(Fixtures f, String to, int count, boolean spread) {
        f.session.burst("laptop", to, RequestKind.CURL, count, spread);
        return BurstBars.of(f.last().burst());
    }

    @Test
    void threeHundredRequestsMakeThreePodBarsSortedByNameThatSumTo300And100Percent() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        BurstBars b = burst(f, "http://192.168.1.3:30080/", 300, false);
        assertEquals(300, b.total());
        assertEquals(3, b.pods().size());
        assertEquals(300, b.pods().stream().mapToInt(BurstBars.Bar::count).sum());
        assertEquals(100, b.pods().stream().mapToInt(BurstBars.Bar::percent).sum());
        List<String> labels = b.pods().stream().map(BurstBars.Bar::label).toList();
        assertEquals(labels.stream().sorted().toList(), labels);
        assertEquals(f.pods("web-").stream().map(p -> p.metadata().name()).sorted().toList(), labels);
        assertEquals(1.0, b.pods().stream().mapToDouble(BurstBars.Bar::share).max().orElseThrow());
        assertEquals(Map.of(Outcome.DELIVERED, 300), b.outcomes());
        assertEquals(List.of(new BurstBars.Bar("node2", 300, 100, 1.0)), b.nodes());
        assertNull(b.uneven(), "three pods picked at random spread evenly");
    }

    @Test
    void percentagesAreRoundedSoTheySumToExactly100() {
        Map<String, Integer> thirds = new LinkedHashMap<>();
        thirds.put("a", 1);
        thirds.put("b", 1);
        thirds.put("c", 1);
        assertEquals(List.of(34, 33, 33), BurstBars.bars(thirds).stream().map(BurstBars.Bar::percent).toList());

        Map<String, Integer> sevenths = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            sevenths.put("p" + i, 10 + i);
        }
        assertEquals(100, BurstBars.bars(sevenths).stream().mapToInt(BurstBars.Bar::percent).sum());
        assertEquals(List.of(), BurstBars.bars(Map.of()));
    }

    @Test
    void underLocalPolicyThePodsOnOtherNodesGetEmptyBarsAndTheNoteSaysWhy() {
        Fixtures f = Fixtures.with(Fixtures.SPLIT);
        BurstBars b = burst(f, "http://192.168.1.2:30090/", 300, true);
        assertEquals(3, b.pods().size());
        BurstBars.Bar remote = b.pods().stream().filter(p -> p.label().startsWith("web-b")).findFirst().orElseThrow();
        assertEquals(0, remote.count());
        assertEquals(0, remote.percent());
        assertEquals(300, b.pods().stream().mapToInt(BurstBars.Bar::count).sum());
        assertEquals(BurstBars.Uneven.LOCAL_POLICY, b.uneven());
        assertEquals(Map.of("node1", 2, "node2", 1), b.podsPerNode());
    }

    @Test
    void clientIpAffinityPutsEveryRequestOfOneClientOnOnePod() {
        Fixtures f = Fixtures.with(Fixtures.SPLIT);
        BurstBars b = burst(f, "http://192.168.1.2:30092/", 200, false);
        assertEquals(1, b.pods().stream().filter(p -> p.count() > 0).count());
        assertEquals(BurstBars.Uneven.AFFINITY, b.uneven());
    }

    @Test
    void refusedRequestsAreCountedAsOutcomesWithoutPodBars() {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        BurstBars b = burst(f, "http://192.168.1.2:30091/", 50, false);
        assertTrue(b.pods().isEmpty());
        assertEquals(Map.of(Outcome.REFUSED, 50), b.outcomes());
        assertNull(b.uneven());
    }
}
