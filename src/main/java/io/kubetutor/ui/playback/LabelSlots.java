package io.kubetutor.ui.playback;

/**
 * Where each packet's address pill goes so pills do not cover each other or run off the visible
 * area: beside the packet above-right, above-left, below-right or below-left, the first of those
 * that is free; none when all four are taken (the packet then shows without its pill). Packets
 * are placed in order of importance, so the followed packet always keeps its label. Reused frame
 * after frame without allocating.
 */
public final class LabelSlots {
    public static final int HIDDEN = -1;
    /** Horizontal gap between the packet's centre and its pill. */
    static final double SIDE = 14;
    static final double ABOVE = -34;
    static final double BELOW = 12;

    private double[] taken = new double[4 * 64];
    private int count;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;

    /** Starts a frame: nothing placed, pills must stay inside the given area. */
    public void reset(double minX, double minY, double maxX, double maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        count = 0;
    }

    /** The slot for a pill of size w×h beside a packet at (x, y), or {@link #HIDDEN}; a placed pill is taken. */
    public int place(double x, double y, double w, double h) {
        for (int slot = 0; slot < 4; slot++) {
            double left = x + dx(slot, w);
            double top = y + dy(slot);
            if (inside(left, top, w, h) && free(left, top, w, h)) {
                take(left, top, w, h);
                return slot;
            }
        }
        return HIDDEN;
    }

    /** Placed even if it overlaps (for the followed packet, whose label must show). */
    public int force(double x, double y, double w, double h) {
        int slot = place(x, y, w, h);
        if (slot == HIDDEN) {
            slot = x + dx(0, w) + w > maxX ? 1 : 0;
            take(x + dx(slot, w), y + dy(slot), w, h);
        }
        return slot;
    }

    public static double dx(int slot, double w) {
        return slot == 0 || slot == 2 ? SIDE : -SIDE - w;
    }

    public static double dy(int slot) {
        return slot < 2 ? ABOVE : BELOW;
    }

    private boolean inside(double left, double top, double w, double h) {
        return left >= minX && top >= minY && left + w <= maxX && top + h <= maxY;
    }

    private boolean free(double left, double top, double w, double h) {
        for (int i = 0; i < count; i++) {
            int k = 4 * i;
            if (left < taken[k + 2] && taken[k] < left + w && top < taken[k + 3] && taken[k + 1] < top + h) {
                return false;
            }
        }
        return true;
    }

    private void take(double left, double top, double w, double h) {
        if (4 * count + 4 > taken.length) {
            double[] more = new double[taken.length * 2];
            System.arraycopy(taken, 0, more, 0, taken.length);
            taken = more;
        }
        int k = 4 * count++;
        taken[k] = left;
        taken[k + 1] = top;
        taken[k + 2] = left + w;
        taken[k + 3] = top + h;
    }
}
