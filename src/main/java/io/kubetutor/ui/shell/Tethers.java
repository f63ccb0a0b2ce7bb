package io.kubetutor.ui.shell;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Place;
import io.kubetutor.ui.playback.PlaceLocator;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.session.SessionState;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where an affinity pin's ends are drawn: kube-proxy knows a pin by the client's IP and the pod's
 * name, the topology by places; this finds the place (an outside client, a pod, a node) for each.
 */
final class Tethers {
    private Tethers() {
    }

    static Function<String, Optional<Point>> clientByIp(SessionState s, PlaceLocator locator) {
        return ip -> {
            for (ClusterTopology.Client c : s.topology().clients()) {
                if (c.ip().equals(ip)) {
                    return locator.locate(Place.client(c.name()));
                }
            }
            for (NodeStatus n : s.nodes()) {
                if (n.ip().equals(ip)) {
                    return locator.locate(Place.node(n.name()));
                }
            }
            for (Pod p : s.snapshot().all(Pod.class)) {
                if (ip.equals(p.status().podIP())) {
                    return locator.locate(Place.pod(p.name(), p.spec().nodeName()));
                }
            }
            return Optional.empty();
        };
    }

    static Function<String, Optional<Point>> podByName(SessionState s, PlaceLocator locator) {
        return name -> {
            if (name == null) {
                return Optional.empty();
            }
            for (Pod p : s.snapshot().all(Pod.class)) {
                if (p.name().equals(name)) {
                    return locator.locate(Place.pod(p.name(), p.spec().nodeName()));
                }
            }
            return Optional.empty();
        };
    }
}
