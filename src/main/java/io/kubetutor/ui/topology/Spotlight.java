package io.kubetutor.ui.topology;

import io.kubetutor.ui.layout.Rect;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's spotlight: a dim veil over the whole drawing with a hole around each lit element and
 * a ring round each hole. Drawn on its own layer, so it never fights the fades for opacity.
 */
final class Spotlight {
    private static final double PAD = 8;
    private static final double RADIUS = 14;
    private final Path veil = new Path();
    private final Pane layer;
    /** One ring per lit element, reused from call to call. */
    private final List<Rectangle> rings = new ArrayList<>();

    Spotlight(Pane layer) {
        this.layer = layer;
        veil.getStyleClass().add("spotlight-veil");
        veil.setFillRule(FillRule.EVEN_ODD);
        veil.setMouseTransparent(true);
        layer.getChildren().add(veil);
        hide();
    }

    /** Spotlights {@code r} inside {@code all}; null hides the spotlight. */
    void show(Rect r, Rect all) {
        show(r == null ? List.of() : List.of(r), all);
    }

    /**
     * Spotlights every box of {@code targets} inside {@code all} (a step may light all the pods a
     * selector picks); none hides the spotlight. Overlapping boxes are merged into one hole.
     */
    void show(List<Rect> targets, Rect all) {
        List<Rect> holes = merged(targets);
        if (holes.isEmpty() || all == null) {
            hide();
            return;
        }
        // A margin beyond the drawing so the veil still covers it while panned a little.
        double m = 4000;
        List<PathElement> e = new ArrayList<>(List.of(new MoveTo(all.x() - m, all.y() - m),
                new HLineTo(all.right() + m), new VLineTo(all.bottom() + m), new HLineTo(all.x() - m), new ClosePath()));
        while (rings.size() < holes.size()) {
            Rectangle ring = new Rectangle();
            ring.getStyleClass().add("spotlight-ring");
            ring.setMouseTransparent(true);
            ring.setFill(null);
            ring.setArcWidth(2 * RADIUS);
            ring.setArcHeight(2 * RADIUS);
            rings.add(ring);
            layer.getChildren().add(ring);
        }
        for (int i = 0; i < rings.size(); i++) {
            rings.get(i).setVisible(i < holes.size());
        }
        for (int i = 0; i < holes.size(); i++) {
            Rect r = holes.get(i);
            double x = r.x() - PAD;
            double y = r.y() - PAD;
            double w = r.w() + 2 * PAD;
            double h = r.h() + 2 * PAD;
            e.add(new MoveTo(x + RADIUS, y));
            e.add(new HLineTo(x + w - RADIUS));
            e.add(new ArcTo(RADIUS, RADIUS, 0, x + w, y + RADIUS, false, true));
            e.add(new VLineTo(y + h - RADIUS));
            e.add(new ArcTo(RADIUS, RADIUS, 0, x + w - RADIUS, y + h, false, true));
            e.add(new HLineTo(x + RADIUS));
            e.add(new ArcTo(RADIUS, RADIUS, 0, x, y + h - RADIUS, false, true));
            e.add(new LineTo(x, y + RADIUS));
            e.add(new ArcTo(RADIUS, RADIUS, 0, x + RADIUS, y, false, true));
            e.add(new ClosePath());
            Rectangle ring = rings.get(i);
            ring.setX(x);
            ring.setY(y);
            ring.setWidth(w);
            ring.setHeight(h);
        }
        veil.getElements().setAll(e);
        veil.setVisible(true);
    }

    /** Boxes whose padded outlines overlap become one (even-odd filling would re-cover their overlap). */
    static List<Rect> merged(List<Rect> targets) {
        List<Rect> out = new ArrayList<>();
        for (Rect t : targets) {
            if (t != null) {
                out.add(t);
            }
        }
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = i + 1; j < out.size() && !joined; j++) {
                    Rect a = out.get(i);
                    Rect b = out.get(j);
                    if (a.x() - 2 * PAD < b.right() && b.x() - 2 * PAD < a.right()
                            && a.y() - 2 * PAD < b.bottom() && b.y() - 2 * PAD < a.bottom()) {
                        double x = Math.min(a.x(), b.x());
                        double y = Math.min(a.y(), b.y());
                        out.set(i, new Rect(x, y, Math.max(a.right(), b.right()) - x,
                                Math.max(a.bottom(), b.bottom()) - y));
                        out.remove(j);
                        joined = true;
                    }
                }
            }
        }
        return out;
    }

    int ringsShown() {
        return (int) rings.stream().filter(Rectangle::isVisible).count();
    }

    private void hide() {
        veil.setVisible(false);
        rings.forEach(r -> r.setVisible(false));
    }
}
