package io.kubetutor.ui.topology;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.CardForm;
import io.kubetutor.ui.layout.CardLines;
import io.kubetutor.ui.layout.ElementIds;
import io.kubetutor.ui.layout.IngressItem;
import io.kubetutor.ui.layout.LayerCachePolicy;
import io.kubetutor.ui.layout.NodeItem;
import io.kubetutor.ui.layout.PodItem;
import io.kubetutor.ui.layout.Rect;
import io.kubetutor.ui.layout.ServiceItem;
import io.kubetutor.ui.layout.TopologyLayout;
import io.kubetutor.ui.layout.TopologyModel;
import io.kubetutor.ui.theme.StyleClasses;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The drawing itself: layers in the topology's coordinates, and one JavaFX node per element kept
 * by id, so a new state only touches what changed (a pod whose state flipped is re-labelled, a
 * pod that moved slides, a new one fades in, a gone one fades out where it was).
 */
final class Drawing {
    final Pane back = layer("layer-back");
    final Pane nodeLayer = layer("layer-nodes");
    final Pane lineLayer = layer("layer-lines");
    final Pane podLayer = layer("layer-pods");
    final Pane portLayer = layer("layer-ports");
    final Pane cardLayer = layer("layer-cards");
    final Pane calloutLayer = layer("layer-callouts");
    final Pane spotLayer = layer("layer-spotlight");
    final Pane packetLayer = layer("layer-packets");
    /** Everything that stands still while packets fly, cached as one picture when that pays (LayerCachePolicy). */
    final Group still = new Group(back, nodeLayer, lineLayer, podLayer, portLayer, cardLayer);
    final Group world = new Group(still, calloutLayer, spotLayer, packetLayer);
    final Fades fades = new Fades();
    final EndpointLines lines = new EndpointLines(lineLayer, portLayer, fades);
    final Callouts callouts = new Callouts(calloutLayer, fades);
    final Surroundings surroundings = new Surroundings(back, cardLayer);
    final Spotlight spotlight = new Spotlight(spotLayer);

    private final Map<String, NodeBox> nodes = new HashMap<>();
    private final Map<String, PodCard> pods = new HashMap<>();
    private final Map<String, InfoCard> cards = new HashMap<>();
    private final Map<String, Object> cardItems = new HashMap<>();
    private final Map<String, Rect> nodeRects = new HashMap<>();
    private double zoom = 1;
    private Rect bounds = new Rect(0, 0, 1, 1);

    Drawing() {
        // What stands still is kept as bitmaps at the current zoom, so flying packets do not make
        // the software pipeline redraw every text under them from glyph outlines (scaled text
        // bypasses its glyph cache), which with hundreds of packets was most of each frame. The
        // background, lines and port pills are cached as whole layers; nodes, pods and cards
        // each as their own bitmap (see cacheAsBitmap), so a card fading in or out re-draws
        // itself only, not its whole layer in every frame of the fade. While nothing moves, all of
        // it is also kept as one picture (LayerCachePolicy says when).
        fades.onRunningChanged(this::fitLayerCaches);
        calloutLayer.setMouseTransparent(true);
        portLayer.setMouseTransparent(true);
        spotLayer.setMouseTransparent(true);
        packetLayer.setPickOnBounds(false);
    }

    /** Brings the drawing to {@code m} laid out as {@code l}; {@code relabel} redoes every text (language switch). */
    void update(TopologyModel m, TopologyLayout l, Messages msg, boolean relabel) {
        updateNodes(m, l, msg, relabel);
        updatePods(m, l, msg, relabel);
        updateCards(m, l, msg, relabel);
        surroundings.update(m, l, msg);
        lines.update(m, l);
        Rect b = l.bounds();
        bounds = b;
        fitLayerCaches();
        packetLayer.resize(b.w(), b.h());
        packetLayer.setPrefSize(b.w(), b.h());
    }

    private void updateNodes(TopologyModel m, TopologyLayout l, Messages msg, boolean relabel) {
        Set<String> seen = new HashSet<>();
        for (NodeItem n : m.nodes()) {
            seen.add(n.name());
            Rect r = l.nodes().get(n.name());
            NodeBox box = nodes.get(n.name());
            if (box == null) {
                box = new NodeBox(n);
                cacheAsBitmap(box);
                box.setUserData(n.name());
                nodes.put(n.name(), box);
                nodeLayer.getChildren().add(box);
                box.show(n, r, l, msg);
                box.relocate(r.x(), r.y());
                fades.in(box);
            } else if (relabel || !n.equals(box.item()) || !r.equals(nodeRects.get(n.name()))
                    || !l.portTags(n.name()).equals(box.getProperties().get("tags"))) {
                box.show(n, r, l, msg);
                box.relocate(r.x(), r.y());
            }
            box.getProperties().put("tags", l.portTags(n.name()));
            nodeRects.put(n.name(), r);
        }
        removeGone(nodes, seen, nodeLayer);
        nodeRects.keySet().retainAll(seen);
    }

    private void updatePods(TopologyModel m, TopologyLayout l, Messages msg, boolean relabel) {
        Set<String> seen = new HashSet<>();
        for (PodItem p : m.pods()) {
            Rect r = l.pods().get(p.id());
            if (r == null) {
                continue;
            }
            seen.add(p.id());
            CardForm form = l.form(p.id());
            PodCard card = pods.get(p.id());
            NodeItem host = m.node(p.node());
            boolean nodeDown = host != null && !host.ready();
            if (card == null) {
                card = new PodCard(p);
                cacheAsBitmap(card);
                card.setUserData(p.id());
                pods.put(p.id(), card);
                podLayer.getChildren().add(card);
                card.show(p, form, r.w(), r.h(), msg);
                card.relocate(r.x(), r.y());
                markDown(card, nodeDown);
                fades.in(card);
                continue;
            }
            markDown(card, nodeDown);
            if (relabel || !p.equals(card.item()) || form != card.form() || r.w() != card.getPrefWidth()
                    || r.h() != card.getPrefHeight()) {
                card.show(p, form, r.w(), r.h(), msg);
            }
            if (card.getLayoutX() != r.x() || card.getLayoutY() != r.y()) {
                double oldX = card.getLayoutX() + card.getTranslateX();
                double oldY = card.getLayoutY() + card.getTranslateY();
                card.relocate(r.x(), r.y());
                fades.slideFrom(card, oldX, oldY);
            }
        }
        removeGone(pods, seen, podLayer);
    }

    private static void markDown(PodCard card, boolean nodeDown) {
        StyleClasses.toggle(card, "on-down-node", nodeDown);
    }

    private void updateCards(TopologyModel m, TopologyLayout l, Messages msg, boolean relabel) {
        Set<String> seen = new HashSet<>();
        for (ServiceItem s : m.services()) {
            seen.add(s.id());
            Rect r = l.services().get(s.id());
            InfoCard card = card(s.id(), "service-card");
            if (relabel || !s.equals(cardItems.get(s.id())) || !sameSize(card, r)) {
                card.tooltip(msg.format("topology.service.tooltip", s.namespace() + "/" + s.name(), s.type(),
                        s.clusterIP().isEmpty() ? "-" : s.clusterIP()));
                card.show(s.name(), s.headless() ? msg.text("topology.service.headlessChip") : s.type(),
                        CardLines.service(s, msg), r.w(), r.h());
                StyleClasses.toggle(card, "system", s.system());
                cardItems.put(s.id(), s);
            }
            card.relocate(r.x(), r.y());
        }
        for (IngressItem i : m.ingresses()) {
            seen.add(i.id());
            Rect r = l.ingresses().get(i.id());
            InfoCard card = card(i.id(), "ingress-card");
            if (relabel || !i.equals(cardItems.get(i.id())) || !sameSize(card, r)) {
                card.tooltip(msg.format("topology.ingress.tooltip", i.namespace() + "/" + i.name()));
                card.show(i.name(), msg.text("topology.ingress.chip"), CardLines.ingress(i, msg), r.w(), r.h());
                cardItems.put(i.id(), i);
            }
            card.relocate(r.x(), r.y());
        }
        removeGone(cards, seen, cardLayer);
        cardItems.keySet().retainAll(seen);
    }

    private InfoCard card(String id, String style) {
        InfoCard card = cards.get(id);
        if (card == null) {
            card = new InfoCard(style, null);
            cacheAsBitmap(card);
            card.setUserData(id);
            cards.put(id, card);
            cardLayer.getChildren().add(card);
            fades.in(card);
        }
        return card;
    }

    private static boolean sameSize(InfoCard c, Rect r) {
        return c.getPrefWidth() == r.w() && c.getPrefHeight() == r.h();
    }

    private <T extends Node> void removeGone(Map<String, T> drawn, Set<String> seen, Pane layer) {
        drawn.entrySet().removeIf(e -> {
            if (seen.contains(e.getKey())) {
                return false;
            }
            e.getValue().setUserData(null);
            fades.outAndRemove(e.getValue(), layer);
            return true;
        });
    }

    /** The drawn element with this id (node name, pod id, Service or Ingress id, client, lb, outside), or null. */
    Node element(String id) {
        if (id == null) {
            return null;
        }
        if (nodes.containsKey(id)) {
            return nodes.get(id);
        }
        if (pods.containsKey(id)) {
            return pods.get(id);
        }
        if (cards.containsKey(id)) {
            return cards.get(id);
        }
        if (ElementIds.LOAD_BALANCER.equals(id)) {
            return surroundings.loadBalancerNode();
        }
        if (ElementIds.OUTSIDE.equals(id)) {
            return surroundings.outsideNode();
        }
        return surroundings.client(id);
    }

    /** Whether {@code n} is one of the layers (elements sit directly on one). */
    boolean isLayer(Node n) {
        return n != null && (n.getParent() == world || n.getParent() == still);
    }

    /** The view's zoom changed: whole-layer bitmaps may no longer fit (or fit again). */
    void zoomed(double z) {
        zoom = z;
        fitLayerCaches();
    }

    private void fitLayerCaches() {
        LayerCachePolicy p = LayerCachePolicy.of(zoom, bounds, fades.running());
        for (Pane layer : new Pane[] {back, lineLayer, portLayer}) {
            cache(layer, p.layers());
        }
        cache(still, p.stillPicture());
    }

    private static void cache(Node n, boolean on) {
        if (n.isCache() != on) {
            if (on) {
                cacheAsBitmap(n);
            } else {
                n.setCache(false);
            }
        }
    }

    static void cacheAsBitmap(Node n) {
        n.setCache(true);
        n.setCacheHint(javafx.scene.CacheHint.QUALITY);
    }

    private static Pane layer(String style) {
        Pane p = new Pane();
        p.getStyleClass().add(style);
        p.setPickOnBounds(false);
        return p;
    }
}
