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
 * A lesson's spotlight: a dim veil over the whole drawing with a hole around one element and a
 * ring round the hole. Drawn on its own layer, so it never fights the fades for opacity.
 */
final class Spotlight {
    private static final double PAD = 8;
    private static final double RADIUS = 14;
    private final Path veil = new Path();
    private final Rectangle ring = new Rectangle();
    private Rect target;

    Spotlight(Pane layer) {
        veil.getStyleClass().add("spotlight-veil");
        veil.setFillRule(FillRule.EVEN_ODD);
        veil.setMouseTransparent(true);
        ring.getStyleClass().add("spotlight-ring");
        ring.setMouseTransparent(true);
        ring.setFill(null);
        ring.setArcWidth(2 * RADIUS);
        ring.setArcHeight(2 * RADIUS);
        layer.getChildren().addAll(veil, ring);
        hide();
    }

    /** Spotlights {@code r} inside {@code all}; null hides the spotlight. */
    void show(Rect r, Rect all) {
        target = r;
        if (r == null) {
            hide();
            return;
        }
        double x = r.x() - PAD;
        double y = r.y() - PAD;
        double w = r.w() + 2 * PAD;
        double h = r.h() + 2 * PAD;
        // A margin beyond the drawing so the veil still covers it while panned a little.
        double m = 4000;
        List<PathElement> e = new ArrayList<>(List.of(new MoveTo(all.x() - m, all.y() - m),
                new HLineTo(all.right() + m), new VLineTo(all.bottom() + m), new HLineTo(all.x() - m), new ClosePath()));
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
        veil.getElements().setAll(e);
        ring.setX(x);
        ring.setY(y);
        ring.setWidth(w);
        ring.setHeight(h);
        veil.setVisible(true);
        ring.setVisible(true);
    }

    private void hide() {
        veil.setVisible(false);
        ring.setVisible(false);
    }
}
