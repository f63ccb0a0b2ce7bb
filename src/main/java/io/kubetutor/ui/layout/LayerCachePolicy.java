package io.kubetutor.ui.layout;

/**
 * Which whole-layer bitmaps the topology keeps. A layer cached as one bitmap costs the drawing's
 * area times the zoom squared in memory, and is redrawn whole whenever anything in it changes; it
 * pays off when packets fly over a still picture (the software pipeline then copies one bitmap
 * instead of re-compositing a hundred cards under every packet). So:
 * <ul>
 * <li>layers are cached only while their bitmap stays within {@link #MAX_PIXELS} (a 2560×1600
 * screen's worth), which bounds memory when the learner zooms far in;</li>
 * <li>everything that stands still (background, nodes, lines, pods, cards) is cached as one
 * picture only while nothing in it is fading or sliding, since a transition would redraw the
 * whole picture in each of its frames.</li>
 * </ul>
 * Each node, pod and card keeps its own small bitmap regardless (see the topology's Drawing).
 */
public record LayerCachePolicy(boolean layers, boolean stillPicture) {
    public static final double MAX_PIXELS = 2560.0 * 1600;

    public static LayerCachePolicy of(double zoom, Rect drawing, int transitionsRunning) {
        double pixels = drawing.w() * zoom * drawing.h() * zoom;
        boolean fits = pixels <= MAX_PIXELS;
        return new LayerCachePolicy(fits, fits && transitionsRunning == 0);
    }
}
