package io.kubetutor.ui.layout;

import io.kubetutor.ui.playback.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an event's callout goes: just above its anchor, centred on it, kept inside the drawing;
 * if a callout already showing is there, just below or above one of those instead, the nearest
 * free place to the anchor, so two never cover each other.
 */
public final class CalloutPlacement {
    static final double OFFSET = 10;
    static final double SPACING = 6;

    private CalloutPlacement() {
    }

    public static Rect place(Point anchor, double w, double h, List<Rect> taken, Rect bounds) {
        double x = clamp(anchor.x() - w / 2, bounds.x(), bounds.right() - w);
        List<Double> ys = new ArrayList<>();
        ys.add(anchor.y() - h - OFFSET);
        ys.add(anchor.y() + OFFSET);
        for (Rect t : taken) {
            ys.add(t.bottom() + SPACING);
            ys.add(t.y() - h - SPACING);
        }
        Rect best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double y : ys) {
            Rect r = new Rect(x, clamp(y, bounds.y(), bounds.bottom() - h), w, h);
            if (taken.stream().anyMatch(r::overlaps)) {
                continue;
            }
            double d = Math.abs(r.y() + h / 2 - anchor.y());
            if (d < bestDistance) {
                best = r;
                bestDistance = d;
            }
        }
        return best != null ? best : new Rect(x, clamp(ys.get(0), bounds.y(), bounds.bottom() - h), w, h);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
