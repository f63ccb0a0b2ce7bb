package io.kubetutor.ui.playback;

import io.kubetutor.sim.net.Place;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for the topology's layout: the laptop on the left, the load balancer next to it, the
 * nodes in a row (or two), each with its network interface, its kube-proxy below it and its pods in
 * a row under that. Pods get slots in the order they are first asked about. Unknown nodes and the
 * outside world are not drawn.
 */
public final class FakeLayout implements PlaceLocator {
    public static final Point LAPTOP = new Point(80, 360);
    public static final Point LOAD_BALANCER = new Point(250, 360);
    public static final double NODE_WIDTH = 300;

    private final Map<String, Point> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> podSlots = new HashMap<>();
    private final Map<String, Integer> podsPerNode = new HashMap<>();
    private final double nodeWidth;

    /** Nodes side by side from x = 400, {@code perRow} to a row. */
    public FakeLayout(List<String> nodeNames, int perRow) {
        nodeWidth = perRow <= 3 ? NODE_WIDTH : 880.0 / perRow;
        for (int i = 0; i < nodeNames.size(); i++) {
            int row = i / perRow;
            int col = i % perRow;
            nodes.put(nodeNames.get(i), new Point(400 + nodeWidth * col + nodeWidth / 2 - 20, 150 + row * 300));
        }
    }

    public static FakeLayout threeNodes() {
        return new FakeLayout(List.of("node1", "node2", "node3"), 3);
    }

    /** Where a node's box sits (its network interface). */
    public Point node(String name) {
        return nodes.get(name);
    }

    public Point kubeProxy(String node) {
        Point n = nodes.get(node);
        return new Point(n.x(), n.y() + 60);
    }

    @Override
    public Optional<Point> locate(Place place) {
        return switch (place.kind()) {
            case CLIENT -> Optional.of(LAPTOP);
            case LOAD_BALANCER -> Optional.of(LOAD_BALANCER);
            case NODE -> Optional.ofNullable(nodes.get(place.name()));
            case KUBE_PROXY -> nodes.containsKey(place.node()) ? Optional.of(kubeProxy(place.node())) : Optional.empty();
            case POD, INGRESS_CONTROLLER -> pod(place);
            case OUTSIDE -> Optional.empty();
        };
    }

    private Optional<Point> pod(Place place) {
        Point n = nodes.get(place.node());
        if (n == null) {
            return Optional.empty();
        }
        int slot = podSlots.computeIfAbsent(place.name(), p -> podsPerNode.merge(place.node(), 1, Integer::sum) - 1);
        double spacing = Math.min(80, nodeWidth / 3);
        return Optional.of(new Point(n.x() - spacing + spacing * (slot % 3), n.y() + 150 + 40 * (slot / 3)));
    }
}
