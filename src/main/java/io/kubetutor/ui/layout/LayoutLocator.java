package io.kubetutor.ui.layout;

import io.kubetutor.sim.net.Place;
import io.kubetutor.ui.playback.PlaceLocator;
import io.kubetutor.ui.playback.Point;
import java.util.Optional;

/**
 * Where each place of a trace is in a layout: a client or the load balancer at its box's centre,
 * a node at its network interface (top edge), kube-proxy on the word in the node's strip, a pod (or ingress
 * controller pod) at its card's centre, the outside world at its marker. A pod is found by name
 * on the node the place names, since traces name pods without their namespace.
 */
public final class LayoutLocator implements PlaceLocator {
    private final TopologyLayout layout;

    public LayoutLocator(TopologyLayout layout) {
        this.layout = layout;
    }

    @Override
    public Optional<Point> locate(Place place) {
        if (place == null || place.kind() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (place.kind()) {
            case CLIENT -> centre(layout.clients().get(ElementIds.client(place.name())));
            case LOAD_BALANCER -> centre(layout.loadBalancer());
            case NODE -> layout.networkInterface(place.name());
            case KUBE_PROXY -> proxy(layout.kubeProxy(place.node() == null ? place.name() : place.node()));
            case POD, INGRESS_CONTROLLER -> pod(place);
            case OUTSIDE -> centre(layout.outside());
        });
    }

    private Point pod(Place place) {
        String id = place.node() == null ? null : layout.podOn(place.node(), place.name());
        return id == null ? null : centre(layout.pods().get(id));
    }

    /** On the "kube-proxy" word of the strip, left of the NodePort tags. */
    private static Point proxy(Rect strip) {
        return strip == null ? null
                : new Point(strip.x() + LayoutMetrics.PROXY_LABEL_W / 2, strip.y() + LayoutMetrics.PROXY_ROW / 2);
    }

    private static Point centre(Rect r) {
        return r == null ? null : r.centre();
    }
}
