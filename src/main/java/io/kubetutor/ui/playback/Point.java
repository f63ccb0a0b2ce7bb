package io.kubetutor.ui.playback;

/** A point in the topology's own coordinates (before zoom and pan). */
public record Point(double x, double y) {
    public Point lerp(Point to, double t) {
        return new Point(x + (to.x - x) * t, y + (to.y - y) * t);
    }

    public double distance(Point o) {
        return Math.hypot(o.x - x, o.y - y);
    }
}
