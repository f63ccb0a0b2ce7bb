package io.kubetutor.ui.layout;

/** How much of a pod a card shows: everything, or (when a node holds many) its name and state only. */
public enum CardForm {
    /** Name, state, IP and label chips. */
    FULL(LayoutMetrics.FULL_W, LayoutMetrics.FULL_H),
    /** Name and state symbol. */
    COMPACT(LayoutMetrics.COMPACT_W, LayoutMetrics.COMPACT_H),
    /** System pods and ingress controllers: small and muted, in the node's bottom strip. */
    SMALL(LayoutMetrics.COMPACT_W, LayoutMetrics.SMALL_H);

    private final double width;
    private final double height;

    CardForm(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
