package io.kubetutor.ui.playback;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.AffinityPin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lasting links between a client and a pod that outlive a single packet: a ClientIP affinity
 * pin (kube-proxy keeps sending that client to that pod) and a kept-alive browser connection
 * (conntrack keeps it on the pod it first reached). Where to draw them; the layer draws.
 */
public final class Tethers {
    private Tethers() {
    }

    /**
     * A client pinned to a pod. kube-proxy keeps affinity per node, so one client and pod can be
     * pinned on several nodes: they are drawn as one line listing the nodes, lasting as long as the
     * longest of them.
     */
    public record Pin(String clientIp, String pod, String endpoint, Point client, Point podPoint, long untilMillis,
                      List<String> nodes, String servicePortName) {
    }

    /** A kept-alive connection: its latest trace, the client that holds it and the pod at its end. */
    public record KeptAlive(Trace trace, Point client, Point pod) {
    }

    public static List<Pin> pins(List<AffinityPin> pins, Function<String, Optional<Point>> clientByIp,
                                 Function<String, Optional<Point>> podByName) {
        Map<String, Pin> byPair = new LinkedHashMap<>();
        for (AffinityPin p : pins) {
            if (p.pod() == null) {
                continue;
            }
            Optional<Point> client = clientByIp.apply(p.clientIp());
            Optional<Point> pod = podByName.apply(p.pod());
            if (client.isEmpty() || pod.isEmpty()) {
                continue;
            }
            String key = p.clientIp() + " " + p.pod();
            Pin before = byPair.get(key);
            List<String> nodes = new ArrayList<>(before == null ? List.of() : before.nodes());
            if (!nodes.contains(p.node())) {
                nodes.add(p.node());
            }
            long until = before == null ? p.untilMillis() : Math.max(before.untilMillis(), p.untilMillis());
            byPair.put(key, new Pin(p.clientIp(), p.pod(), p.endpoint(), client.get(), pod.get(), until,
                    List.copyOf(nodes), p.servicePortName()));
        }
        return List.copyOf(byPair.values());
    }

    public static List<KeptAlive> keptAlive(List<Trace> traces, PlaceLocator layout) {
        List<KeptAlive> out = new ArrayList<>();
        for (Trace t : traces) {
            if (t.hops().isEmpty()) {
                continue;
            }
            Optional<Point> client = layout.locate(t.hops().get(0).at());
            Optional<Point> pod = servingPlace(t).flatMap(layout::locate);
            if (client.isPresent() && pod.isPresent()) {
                out.add(new KeptAlive(t, client.get(), pod.get()));
            }
        }
        return out;
    }

    /** Where the request was accepted: its first delivery on the way there (not the DNS server's). */
    static Optional<Place> servingPlace(Trace t) {
        HopRoles roles = new HopRoles(t);
        for (int i = 0; i < t.hops().size(); i++) {
            Hop h = t.hops().get(i);
            if (roles.kinds[i] == PacketSprite.Kind.REQUEST && h.action() == Action.DELIVER) {
                return Optional.of(h.at());
            }
        }
        return Optional.empty();
    }
}
