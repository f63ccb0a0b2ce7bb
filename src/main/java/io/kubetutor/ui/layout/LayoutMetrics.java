package io.kubetutor.ui.layout;

/**
 * The sizes the layout uses, in the topology's own units (pixels at 100% zoom), chosen so
 * 13-15px text fits without clipping in the bundled NanumSquare font. The view draws inside
 * these boxes and reads the same numbers, so the two never disagree.
 */
public final class LayoutMetrics {
    public static final double MARGIN = 24;
    public static final double GAP = 24;
    /** Vertical room between the outside row and the cluster, where packets travel in. */
    public static final double OUTSIDE_GAP = 56;

    public static final double CLIENT_W = 176;
    public static final double CLIENT_H = 64;
    public static final double LB_W = 280;
    public static final double LB_HEAD = 54;

    public static final double FRAME_PAD = 16;
    public static final double FRAME_TITLE = 34;

    public static final double NODE_PAD = 12;
    public static final double NODE_HEADER = 92;
    public static final double PROXY_ROW = 30;
    public static final double TAG_W = 70;
    public static final double TAG_H = 24;
    public static final double TAG_GAP = 6;
    public static final double CARD_GAP = 8;
    public static final double STRIP_GAP = 10;
    public static final double MIN_NODE_INNER = 196;

    public static final double FULL_W = 196;
    public static final double FULL_H = 92;
    public static final double COMPACT_W = 150;
    public static final double COMPACT_H = 30;
    public static final double SMALL_H = 28;

    /** Busiest node's app pods up to which cards show everything in one column, then two. */
    public static final int FULL_ONE_COLUMN = 3;
    public static final int FULL_TWO_COLUMNS = 8;

    public static final double BAND_HEAD = 32;
    public static final double SERVICE_W = 264;
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
