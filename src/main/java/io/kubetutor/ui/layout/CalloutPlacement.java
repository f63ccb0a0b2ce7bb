package io.kubetutor.ui.layout;

import io.kubetutor.ui.playback.Point;
import java.util.List;

/**
 * Where an event's callout goes: just above its anchor, centred on it, kept inside the drawing,
 * and moved down past any callout already showing so two never cover each other.
 */
public final class CalloutPlacement {
    static final double OFFSET = 10;
    static final double SPACING = 6;

    private CalloutPlacement() {
    }

    public static Rect place(Point anchor, double w, double h, List<Rect> taken, Rect bounds) {
        double x = Math.max(bounds.x(), Math.min(anchor.x() - w / 2, bounds.right() - w));
        double y = Math.max(bounds.y(), anchor.y() - h - OFFSET);
        Rect r = new Rect(x, y, w, h);
        boolean moved = true;
        // Each pass moves below one overlapping callout; a finite list ends the loop.
        for (int pass = 0; moved && pass <= taken.size(); pass++) {
            moved = false;
            for (Rect t : taken) {
                if (r.overlaps(t)) {
                    r = new Rect(r.x(), t.bottom() + SPACING, w, h);
                    moved = true;
                }
            }
        }
        return r;
    }
}
