package io.kubetutor.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.topology.Clusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every place a real trace passes through is found on the drawing, where its element is drawn. */
class LayoutLocatorTest {
    @Test
    void everyPlaceOfRealTracesIsLocated() {
        Clusters c = Clusters.shop();
        List<Place> places = places(c, sendEverywhere(c));
        Set<Place.Kind> kinds = EnumSet.noneOf(Place.Kind.class);
        places.forEach(p -> kinds.add(p.kind()));
        assertEquals(EnumSet.allOf(Place.Kind.class), kinds, "the traces pass every kind of place");
        LayoutLocator locator = new LayoutLocator(TopologyLayout.of(TopologyModel.of(c.last(), true)));
        List<Place> missing = new ArrayList<>();
        for (Place p : places) {
            if (locator.locate(p).isEmpty()) {
                missing.add(p);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void placesSitOnTheirElements() {
        Clusters c = Clusters.shop();
        List<Place> places = places(c, sendEverywhere(c));
        TopologyLayout l = TopologyLayout.of(TopologyModel.of(c.last(), true));
        LayoutLocator locator = new LayoutLocator(l);
        for (Place p : places) {
            Point at = locator.locate(p).orElseThrow();
            Rect on = switch (p.kind()) {
                case CLIENT -> l.clients().get(ElementIds.client(p.name()));
                case LOAD_BALANCER -> l.loadBalancer();
                case NODE -> l.nodes().get(p.name());
                case KUBE_PROXY -> l.kubeProxy(p.node());
                case POD, INGRESS_CONTROLLER -> l.pods().get(l.podOn(p.node(), p.name()));
                case OUTSIDE -> l.outside();
            };
            assertTrue(on.x() <= at.x() && at.x() <= on.right() && on.y() <= at.y() && at.y() <= on.bottom(),
                    p + " at " + at + " on " + on);
        }
    }

    @Test
    void aPlaceThatIsNotDrawnIsNotLocated() {
        Clusters c = Clusters.shop();
        LayoutLocator locator = new LayoutLocator(TopologyLayout.of(TopologyModel.of(c.last(), false)));
        String coredns = c.last().snapshot().all(Pod.class).stream()
                .filter(p -> p.namespace().equals("kube-system")).findFirst().orElseThrow().name();
        assertEquals(Optional.empty(), locator.locate(Place.pod(coredns, "node1")), "kube-system hidden");
        assertEquals(Optional.empty(), locator.locate(Place.pod("no-such-pod", "node1")));
        assertEquals(Optional.empty(), locator.locate(Place.node("node9")));
        assertTrue(locator.locate(Place.client("laptop")).isPresent());
    }

    /** Requests that pass every kind of place: NodePort, load balancer, ingress, DNS, the outside world. */
    private static int sendEverywhere(Clusters c) {
        int from = c.states.size();
        SessionState s = c.last();
        String web = s.snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-")).findFirst()
                .orElseThrow().name();
        String ingressIp = s.snapshot().all(io.kubetutor.model.Ingress.class).get(0).statusAddresses().get(0);
        c.session.send("laptop", "http://192.168.1.3:30080/", RequestKind.CURL, 1);
        c.session.send("laptop", "loadbalancer:shop", RequestKind.CURL, 1);
        c.session.send("laptop", "http://" + ingressIp + "/", RequestKind.CURL, 1);
        c.session.send(web, "http://web/", RequestKind.CURL, 1);
        c.session.send(web, "http://example.com/", RequestKind.CURL, 1);
        c.session.send("laptop", "https://shop.example.com/", RequestKind.CURL, 1);
        return from;
    }

    private static List<Place> places(Clusters c, int fromState) {
        Set<Place> out = new LinkedHashSet<>();
        for (SessionState s : c.states.subList(fromState, c.states.size())) {
            for (Trace t : s.newTraces()) {
                for (Hop h : t.hops()) {
                    out.add(h.at());
                }
            }
        }
        return new ArrayList<>(out);
    }
}
