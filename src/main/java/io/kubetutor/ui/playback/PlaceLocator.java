package io.kubetutor.ui.playback;

import io.kubetutor.sim.net.Place;
import java.util.Optional;

/**
 * Where a place of a trace is drawn in the topology: the laptop, the load balancer, a node's
 * network interface, its kube-proxy, a pod, the ingress controller, the outside world. The
 * topology's layout answers; the packet animation moves between the answers. Empty when the
 * place is not on screen (then the animation skips it).
 */
@FunctionalInterface
public interface PlaceLocator {
    Optional<Point> locate(Place place);
}
