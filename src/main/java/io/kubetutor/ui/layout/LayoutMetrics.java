package io.kubetutor.ui.layout;

/**
 * The sizes the layout uses, in the topology's own units (pixels at 100% zoom), chosen so
 * 13-15px text fits without clipping in the bundled NanumSquare font. The view draws inside
 * these boxes and reads the same numbers, so the two never disagree.
 */
public final class LayoutMetrics {
    public static final double MARGIN = 16;
    public static final double GAP = 20;
    /** Vertical room between the outside row and the cluster, where packets travel in. */
    public static final double OUTSIDE_GAP = 44;

    public static final double CLIENT_W = 176;
    public static final double CLIENT_H = 64;
    public static final double LB_W = 280;
    public static final double LB_HEAD = 34;

    public static final double FRAME_PAD = 16;
    public static final double FRAME_TITLE = 34;

    public static final double NODE_PAD = 12;
    public static final double NODE_HEADER = 88;
    public static final double PROXY_ROW = 30;
    /** Room the "kube-proxy" word takes at the start of the strip; NodePort tags follow it. */
    public static final double PROXY_LABEL_W = 92;
    /** Gap between cards in the Services' band. */
    public static final double BAND_GAP = 16;
    public static final double TAG_W = 60;
    public static final double TAG_H = 24;
    public static final double TAG_GAP = 6;
    public static final double CARD_GAP = 8;
    public static final double STRIP_GAP = 10;
    public static final double MIN_NODE_INNER = 186;

    public static final double FULL_W = 186;
    public static final double FULL_H = 92;
    public static final double COMPACT_W = 150;
    public static final double COMPACT_H = 30;
    public static final double SMALL_H = 28;
    /** Where an endpoint line meets a full pod card: this far in from the right edge, */
    public static final double PORT_PILL_INSET = 34;
    /** and this far apart when several Services' lines meet the same card. */
    public static final double PORT_PILL_STEP = 58;
    /** The port pill's size (":8080"), straddling the card's bottom edge. */
    public static final double PORT_PILL_W = 54;
    public static final double PORT_PILL_H = 18;

    /** Busiest node's app pods up to which cards show everything in one column, then two. */
    public static final int FULL_ONE_COLUMN = 3;
    public static final int FULL_TWO_COLUMNS = 8;

    public static final double BAND_HEAD = 32;
    public static final double SERVICE_W = 204;
    public static final double CARD_HEAD = 34;
    public static final double LINE_H = 20;
    public static final double CARD_PAD = 10;
    /** Port lines a Service card lists before it says "+n more". */
    public static final int MAX_PORT_LINES = 4;
    public static final int MAX_RULE_LINES = 4;

    /** The width:height the node grid aims for (a projector's 16:10). */
    public static final double TARGET_ASPECT = 1.6;

    private LayoutMetrics() {
    }
}
