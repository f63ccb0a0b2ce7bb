package io.kubetutor.ui.packets;

import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.AffinityPin;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.PlaceLocator;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.ui.playback.Tethers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;

/**
 * What lasts longer than a packet: ClientIP affinity pins (a thin line with a drawn pin at the
 * pod) and kept-alive connections (a dotted line with "keep-alive"). Redrawn when the session's
 * state changes, not every frame; hovering a line tells what it is and until when.
 */
final class TetherLayer extends Group {
    static final Color PIN = Color.web("#56B4E9");
    static final Color HELD = Color.web("#0072B2");

    private final Group pins = new Group();
    private final Group kept = new Group();
    private Messages messages;
    private List<Tethers.Pin> pinLines = List.of();
    private List<Tethers.KeptAlive> keptLines = List.of();

    TetherLayer(Messages messages) {
        this.messages = messages;
        setManaged(false);
        getChildren().addAll(kept, pins);
    }

    void showPins(List<AffinityPin> live, Function<String, Optional<Point>> clientByIp,
                  Function<String, Optional<Point>> podByName) {
        pinLines = Tethers.pins(live, clientByIp, podByName);
        drawPins();
    }

    void showKeptAlive(List<Trace> traces, PlaceLocator locator) {
        keptLines = Tethers.keptAlive(traces, locator);
        drawKept();
    }

    private void drawPins() {
        List<Node> nodes = new ArrayList<>();
        for (Tethers.Pin p : pinLines) {
            Line line = line(p.client(), p.podPoint(), PIN, 2);
            Line hit = hitArea(p.client(), p.podPoint());
            SVGPath pin = Glyphs.filled(Glyphs.PIN, "affinity-pin");
            pin.setFill(PIN);
            pin.setStroke(Color.web("#1d3557"));
            pin.setStrokeWidth(0.8);
            pin.setScaleX(1.4);
            pin.setScaleY(1.4);
            pin.setTranslateX(p.podPoint().x() + 10);
            pin.setTranslateY(p.podPoint().y() - 12);
            Tooltip tip = new Tooltip(messages.format("playback.pin.tooltip", p.clientIp(), p.pod(), p.endpoint(),
                    seconds(p.untilMillis()), String.join(", ", p.nodes())));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            install(tip, hit, pin);
            nodes.add(line);
            nodes.add(hit);
            nodes.add(pin);
        }
        pins.getChildren().setAll(nodes);
    }

    private void drawKept() {
        List<Node> nodes = new ArrayList<>();
        for (Tethers.KeptAlive k : keptLines) {
            Line line = line(k.client(), k.pod(), HELD, 2.5);
            line.getStrokeDashArray().setAll(1.0, 7.0);
            line.setStrokeLineCap(StrokeLineCap.ROUND);
            line.setOpacity(0.8);
            Line hit = hitArea(k.client(), k.pod());
            Label tag = new Label(messages.text("playback.keepAlive"));
            tag.getStyleClass().add("keep-alive-tag");
            tag.setLayoutX((k.client().x() + k.pod().x()) / 2 - 30);
            tag.setLayoutY((k.client().y() + k.pod().y()) / 2 + 4);
            Tooltip tip = new Tooltip(messages.format("playback.keepAlive.tooltip", k.trace().from(),
                    k.trace().pod() == null ? "" : k.trace().pod()));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            install(tip, hit, tag);
            nodes.add(line);
            nodes.add(hit);
            nodes.add(tag);
        }
        kept.getChildren().setAll(nodes);
    }

    private static void install(Tooltip tip, Node... on) {
        for (Node n : on) {
            Tooltip.install(n, tip);
            n.setUserData(tip);
        }
    }

    private static Line line(Point a, Point b, Color colour, double width) {
        Line l = new Line(a.x(), a.y(), b.x(), b.y());
        l.setStroke(colour);
        l.setStrokeWidth(width);
        l.setMouseTransparent(true);
        return l;
    }

    /** An invisible wide line over a thin one, so the thin one is easy to hover. */
    private static Line hitArea(Point a, Point b) {
        Line l = new Line(a.x(), a.y(), b.x(), b.y());
        l.setStroke(Color.TRANSPARENT);
        l.setStrokeWidth(12);
        return l;
    }

    /** Virtual milliseconds as the playback bar shows time: seconds with one decimal. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    void setMessages(Messages m) {
        messages = m;
        drawPins();
        drawKept();
    }

    int pinCount() {
        return pinLines.size();
    }

    int keptCount() {
        return keptLines.size();
    }

    /** For tests: the tooltip texts, pins first. */
    List<String> tooltips() {
        List<String> out = new ArrayList<>();
        for (Group g : List.of(pins, kept)) {
            for (Node n : g.getChildren()) {
                if (n.getUserData() instanceof Tooltip t && !out.contains(t.getText())) {
                    out.add(t.getText());
                }
            }
        }
        return out;
    }
}
