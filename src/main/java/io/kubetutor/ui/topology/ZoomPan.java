package io.kubetutor.ui.topology;

import io.kubetutor.ui.layout.Rect;
import io.kubetutor.ui.playback.Point;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Zoom and pan of the drawing inside its viewport: the wheel zooms around the cursor, a drag
 * pans. Until the user zooms or pans, the view keeps the whole cluster fitted as it grows.
 * A point p of the drawing shows at {@code translate + scale * p} in the viewport.
 */
final class ZoomPan {
    static final double MIN = 0.15;
    static final double MAX = 4;
    static final double STEP = 1.25;
    /** Fitting never blows a small cluster up past this, so a two-pod cluster does not look bloated. */
    static final double FIT_MAX = 1.4;
    private static final double DRAG_SLOP = 4;

    private final Pane viewport;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private Rect content = new Rect(0, 0, 1, 1);
    private boolean autoFit = true;
    private double pressX;
    private double pressY;
    private double startTx;
    private double startTy;
    private boolean dragging;

    ZoomPan(Pane viewport, Group world) {
        this.viewport = viewport;
        world.getTransforms().setAll(translate, scale);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.widthProperty().addListener((o, a, b) -> refit());
        viewport.heightProperty().addListener((o, a, b) -> refit());
    }

    /** The zoom as it changes (pinch, wheel, fit), for what depends on the drawing's size on screen. */
    javafx.beans.value.ObservableDoubleValue zoomProperty() {
        return scale.xProperty();
    }

    double zoom() {
        return scale.getX();
    }

    /** Whether the last press turned into a pan (so its release is not a click). */
    boolean dragged() {
        return dragging;
    }

    /** The drawing's extent changed: keep it fitted if the user has not taken over. */
    void setContent(Rect r) {
        content = r;
        refit();
    }

    private void refit() {
        if (autoFit) {
            fitNow();
        }
    }

    /** Fits the whole drawing and keeps fitting it as it changes, until the user zooms or pans. */
    void zoomToFit() {
        autoFit = true;
        fitNow();
    }

    private void fitNow() {
        double vw = viewport.getWidth();
        double vh = viewport.getHeight();
        if (vw <= 0 || vh <= 0) {
            return;
        }
        double s = clamp(Math.min(FIT_MAX, Math.min(vw / content.w(), vh / content.h())));
        set(s, (vw - content.w() * s) / 2 - content.x() * s, (vh - content.h() * s) / 2 - content.y() * s);
    }

    /** 100%, the drawing's top-left corner at the viewport's. */
    void reset() {
        autoFit = false;
        set(1, -content.x(), -content.y());
    }

    void zoomBy(double factor) {
        zoomAt(viewport.getWidth() / 2, viewport.getHeight() / 2, factor);
    }

    /** Zooms so that the drawing's point under (vx, vy) stays under it. */
    void zoomAt(double vx, double vy, double factor) {
        autoFit = false;
        double s0 = scale.getX();
        double s1 = clamp(s0 * factor);
        double px = (vx - translate.getX()) / s0;
        double py = (vy - translate.getY()) / s0;
        set(s1, vx - px * s1, vy - py * s1);
    }

    /** Centres the viewport on a point of the drawing at the current zoom. */
    void focusOn(Point p) {
        autoFit = false;
        double s = scale.getX();
        set(s, viewport.getWidth() / 2 - p.x() * s, viewport.getHeight() / 2 - p.y() * s);
    }

    private void set(double s, double tx, double ty) {
        scale.setX(s);
        scale.setY(s);
        translate.setX(tx);
        translate.setY(ty);
    }

    private static double clamp(double s) {
        return Math.max(MIN, Math.min(MAX, s));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
        e.consume();
    }

    private void pressed(MouseEvent e) {
        dragging = false;
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        startTx = translate.getX();
        startTy = translate.getY();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_SLOP) {
            return;
        }
        dragging = true;
        autoFit = false;
        translate.setX(startTx + dx);
        translate.setY(startTy + dy);
    }
}
