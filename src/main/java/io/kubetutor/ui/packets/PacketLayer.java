package io.kubetutor.ui.packets;

import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.AffinityPin;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.LabelSlots;
import io.kubetutor.ui.playback.PacketSprite;
import io.kubetutor.ui.playback.PlaceLocator;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.ui.playback.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The packets drawn over the topology, in the topology's own coordinates: add it to the
 * transparent pane the topology zooms and pans. Each frame {@link #render} moves a pool of
 * reused nodes (never creating or removing any once the pool is big enough); from
 * {@link Playback#DETAIL_LIMIT} packets on, packets are bare dots stamped on one canvas, without
 * labels or trails, so a burst of hundreds stays smooth. Affinity pins and kept-alive connections
 * sit underneath.
 */
public final class PacketLayer extends Pane {
    static final String STYLESHEET = "/io/kubetutor/ui/css/playback.css";
    static final Color EXTRA_HOP = Color.web("#E69F00");

    private final Group trails = new Group();
    private final Group extraHops = new Group();
    private final Group packets = new Group();
    private final DotCanvas dotCanvas = new DotCanvas();
    private final TetherLayer tethers;
    private final List<PacketNode> pool = new ArrayList<>();
    private final LabelSlots slots = new LabelSlots();
    private final List<Polyline> trailPool = new ArrayList<>();
    private final List<ExtraHopMark> extraPool = new ArrayList<>();
    private Messages messages;
    private int packetsShown;
    private int trailsShown;
    private int extrasShown;

    public PacketLayer(Messages messages) {
        this.messages = messages;
        tethers = new TetherLayer(messages);
        getStyleClass().add("packet-layer");
        getStylesheets().add(PacketLayer.class.getResource(STYLESHEET).toExternalForm());
        // Clicks on empty space reach the topology underneath; only the tethers take the mouse.
        setPickOnBounds(false);
        for (Group g : List.of(trails, extraHops, packets)) {
            g.setManaged(false);
            g.setMouseTransparent(true);
        }
        getChildren().addAll(tethers, trails, extraHops, dotCanvas, packets);
    }

    /** Draws one frame of packets (the playback's {@link Playback#frame}). */
    public void render(List<PacketSprite> sprites) {
        int n = sprites.size();
        boolean detailed = n < Playback.DETAIL_LIMIT;
        if (!detailed) {
            dotCanvas.draw(sprites);
            showDetail(false);
            for (int i = 0; i < packetsShown; i++) {
                pool.get(i).hide();
            }
            packetsShown = 0;
            renderTrails(sprites, false);
            // The dots on the extra hop wear an orange rim instead: a line per packet would bury the view.
            renderExtraHops(List.of());
            return;
        }
        dotCanvas.clear();
        showDetail(true);
        while (pool.size() < n) {
            PacketNode node = new PacketNode(messages);
            pool.add(node);
            packets.getChildren().add(node.detail());
        }
        for (int i = 0; i < n; i++) {
            pool.get(i).show(sprites.get(i));
        }
        for (int i = n; i < packetsShown; i++) {
            pool.get(i).hide();
        }
        packetsShown = n;
        placePills(sprites);
        renderTrails(sprites, true);
        renderExtraHops(sprites);
    }

    /**
     * Puts the pooled packets, trails and extra-hop marks in the scene, or takes them out while
     * only dots fly: hidden nodes still cost every pulse's walk over the scene graph, and the pool
     * is hundreds of them.
     */
    private void showDetail(boolean on) {
        if (on == (packets.getParent() != null)) {
            return;
        }
        if (on) {
            getChildren().add(1, trails);
            getChildren().add(2, extraHops);
            getChildren().add(packets);
        } else {
            getChildren().removeAll(trails, extraHops, packets);
        }
    }

    /** Labels in order of importance: the followed packet, then how packets ended, then the rest. */
    private void placePills(List<PacketSprite> sprites) {
        Bounds view = viewport();
        slots.reset(view.getMinX(), view.getMinY(), view.getMaxX(), view.getMaxY());
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < sprites.size(); i++) {
                PacketSprite s = sprites.get(i);
                int rank = s.focused() ? 0 : s.state() != PacketSprite.State.MOVING ? 1 : 2;
                if (rank == pass) {
                    pool.get(i).placePill(slots, rank == 0);
                }
            }
        }
    }

    /**
     * The part of the layer the learner can see, in the layer's coordinates: the nearest clipped
     * ancestor (the topology's viewport), else the window.
     */
    private Bounds viewport() {
        for (Node n = getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                return sceneToLocal(n.localToScene(n.getLayoutBounds()));
            }
        }
        Scene scene = getScene();
        if (scene == null) {
            return new BoundingBox(-1e9, -1e9, 2e9, 2e9);
        }
        return sceneToLocal(new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
    }

    private void renderTrails(List<PacketSprite> sprites, boolean detailed) {
        int used = 0;
        if (detailed) {
            for (PacketSprite s : sprites) {
                List<Point> trail = s.trail();
                if (trail.size() < 2) {
                    continue;
                }
                Polyline line = used < trailPool.size() ? trailPool.get(used) : newTrail();
                double[] xy = new double[trail.size() * 2];
                for (int i = 0; i < trail.size(); i++) {
                    xy[2 * i] = trail.get(i).x();
                    xy[2 * i + 1] = trail.get(i).y();
                }
                setPoints(line, xy);
                Color c = colourOf(s);
                Point a = trail.get(0);
                Point b = trail.get(trail.size() - 1);
                // Fades from nothing where the leg began to half strength where the packet is.
                line.setStroke(new LinearGradient(a.x(), a.y(), b.x(), b.y(), false, CycleMethod.NO_CYCLE,
                        new Stop(0, c.deriveColor(0, 1, 1, 0)), new Stop(1, c.deriveColor(0, 1, 1, 0.55))));
                line.setVisible(true);
                used++;
            }
        }
        for (int i = used; i < trailsShown; i++) {
            trailPool.get(i).setVisible(false);
        }
        trailsShown = used;
    }

    private static void setPoints(Polyline line, double[] xy) {
        List<Double> pts = line.getPoints();
        boolean same = pts.size() == xy.length;
        for (int i = 0; same && i < xy.length; i++) {
            same = pts.get(i) == xy[i];
        }
        if (!same) {
            Double[] boxed = new Double[xy.length];
            for (int i = 0; i < xy.length; i++) {
                boxed[i] = xy[i];
            }
            line.getPoints().setAll(boxed);
        }
    }

    private Polyline newTrail() {
        Polyline p = new Polyline();
        p.setStrokeWidth(3);
        p.setStrokeLineCap(StrokeLineCap.ROUND);
        p.setStrokeLineJoin(StrokeLineJoin.ROUND);
        p.setFill(null);
        trailPool.add(p);
        trails.getChildren().add(p);
        return p;
    }

    /** One mark per pair of nodes crossed, however many packets take it at once. */
    private void renderExtraHops(List<PacketSprite> sprites) {
        int used = 0;
        for (PacketSprite s : sprites) {
            if (!s.extraHop() || s.from() == null) {
                continue;
            }
            boolean drawn = false;
            for (int i = 0; i < used && !drawn; i++) {
                drawn = extraPool.get(i).joins(s.from(), s.to());
            }
            if (drawn) {
                continue;
            }
            ExtraHopMark mark = used < extraPool.size() ? extraPool.get(used) : newExtraHop();
            mark.show(s.from(), s.to());
            used++;
        }
        for (int i = used; i < extrasShown; i++) {
            extraPool.get(i).setVisible(false);
        }
        extrasShown = used;
    }

    private ExtraHopMark newExtraHop() {
        ExtraHopMark m = new ExtraHopMark(messages.text("playback.extraHop"));
        extraPool.add(m);
        extraHops.getChildren().add(m);
        return m;
    }

    static Color colourOf(PacketSprite s) {
        if (s.state() == PacketSprite.State.DROPPED || s.state() == PacketSprite.State.REJECTED) {
            return PacketNode.FAILED;
        }
        return switch (s.kind()) {
            case REQUEST -> PacketNode.REQUEST;
            case REPLY -> PacketNode.REPLY;
            case DNS -> PacketNode.DNS;
        };
    }

    /**
     * Draws the live ClientIP affinity pins as thin lines from each client to its pod with a pin at
     * the pod; a tooltip says until when. Pins whose client or pod is not drawn are left out.
     */
    public void showPins(List<AffinityPin> pins, Function<String, Optional<Point>> clientByIp,
                         Function<String, Optional<Point>> podByName) {
        tethers.showPins(pins, clientByIp, podByName);
    }

    /** Draws each open keep-alive connection as a held, dotted line from its client to its pod. */
    public void showKeptAlive(List<Trace> keptAlive, PlaceLocator locator) {
        tethers.showKeptAlive(keptAlive, locator);
    }

    public void setMessages(Messages m) {
        messages = m;
        for (PacketNode node : pool) {
            node.setMessages(m);
        }
        for (ExtraHopMark mark : extraPool) {
            mark.setText(m.text("playback.extraHop"));
        }
        tethers.setMessages(m);
    }

    /** For tests: the packet nodes drawn in the last frame. */
    List<PacketNode> shownPackets() {
        return pool.subList(0, packetsShown);
    }

    /** For tests: the busy screen's dots are on show. */
    boolean dotsShown() {
        return dotCanvas.isVisible();
    }

    int poolSize() {
        return pool.size();
    }

    int trailsShown() {
        return trailsShown;
    }

    int extraHopsShown() {
        return extrasShown;
    }

    TetherLayer tethers() {
        return tethers;
    }

    /** The thick dashed orange line of the extra hop, tagged in words. */
    static final class ExtraHopMark extends Group {
        private final Line line = new Line();
        private final Label tag = new Label();

        ExtraHopMark(String text) {
            setManaged(false);
            line.setStroke(EXTRA_HOP);
            line.setStrokeWidth(5);
            line.getStrokeDashArray().setAll(12.0, 7.0);
            line.setStrokeLineCap(StrokeLineCap.ROUND);
            tag.getStyleClass().add("extra-hop-tag");
            tag.setText(text);
            getChildren().addAll(line, tag);
        }

        boolean joins(Point a, Point b) {
            return line.getStartX() == a.x() && line.getStartY() == a.y() && line.getEndX() == b.x()
                    && line.getEndY() == b.y();
        }

        void show(Point a, Point b) {
            line.setStartX(a.x());
            line.setStartY(a.y());
            line.setEndX(b.x());
            line.setEndY(b.y());
            tag.setLayoutX((a.x() + b.x()) / 2 - 30);
            tag.setLayoutY((a.y() + b.y()) / 2 - 30);
            setVisible(true);
        }

        void setText(String text) {
            tag.setText(text);
        }

        String text() {
            return tag.getText();
        }
    }
}
