package io.kubetutor.ui.layout;

import io.kubetutor.ui.playback.Point;

/** An axis-aligned box in the topology's own coordinates (before zoom and pan). */
public record Rect(double x, double y, double w, double h) {
    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public Point centre() {
        return new Point(x + w / 2, y + h / 2);
    }

    /** Whether the two boxes share any area (touching edges do not count). */
    public boolean overlaps(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Whether {@code o} lies wholly inside this box. */
    public boolean encloses(Rect o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    public Rect union(Rect o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }
}
