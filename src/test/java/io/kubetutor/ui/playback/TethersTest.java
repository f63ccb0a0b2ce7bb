package io.kubetutor.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.AffinityPin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TethersTest {
    @Test
    void pinsOfOneClientToOnePodOnSeveralNodesAreOneLineLastingTheLongest() {
        Map<String, Point> pods = Map.of("web-a", new Point(500, 300), "web-b", new Point(800, 300));
        List<AffinityPin> pins = List.of(
                new AffinityPin("node1", "default/web:http", "192.168.1.10", "10.244.0.4:8080", "web-a", 10_800_000),
                new AffinityPin("node2", "default/web:http", "192.168.1.10", "10.244.0.4:8080", "web-a", 10_900_000),
                new AffinityPin("node2", "default/web:http", "192.168.1.11", "10.244.1.4:8080", "web-b", 10_700_000),
                new AffinityPin("node2", "default/web:http", "192.168.1.12", "10.244.1.9:8080", null, 10_700_000),
                new AffinityPin("node3", "default/web:http", "192.168.1.10", "10.244.2.4:8080", "web-gone", 1));
        List<Tethers.Pin> lines = Tethers.pins(pins,
                ip -> ip.equals("192.168.1.10") || ip.equals("192.168.1.11") ? Optional.of(FakeLayout.LAPTOP)
                        : Optional.empty(),
                name -> Optional.ofNullable(pods.get(name)));
        assertEquals(2, lines.size());
        Tethers.Pin a = lines.get(0);
        assertEquals("web-a", a.pod());
        assertEquals(List.of("node1", "node2"), a.nodes());
        assertEquals(10_900_000, a.untilMillis());
        assertEquals(new Point(500, 300), a.podPoint());
        assertEquals("web-b", lines.get(1).pod());
    }

    @Test
    void aKeptAliveConnectionLinksTheBrowserToThePodThatAcceptedIt() {
        Traces cluster = new Traces(Traces.webNodePort(3, "Cluster"));
        List<Trace> kept = cluster.send("laptop", "http://192.168.1.3:30080/", RequestKind.KEEP_ALIVE, 2);
        FakeLayout layout = FakeLayout.threeNodes();
        List<Tethers.KeptAlive> lines = Tethers.keptAlive(cluster.last().keptAlive(), layout);
        assertEquals(1, lines.size());
        Tethers.KeptAlive k = lines.get(0);
        assertEquals(FakeLayout.LAPTOP, k.client());
        Trace last = kept.get(kept.size() - 1);
        assertTrue(Tethers.servingPlace(last).orElseThrow().name().equals(last.pod()));
        assertEquals(layout.locate(Tethers.servingPlace(last).orElseThrow()).orElseThrow(), k.pod());
    }
}
