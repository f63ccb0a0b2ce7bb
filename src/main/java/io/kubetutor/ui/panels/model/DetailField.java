package io.kubetutor.ui.panels.model;

/**
 * One labelled line of the packet details: the label's bundle key, the value in the current
 * language, and how to show it.
 *
 * @param change the packet before and after, for {@link Style#PACKET}; null otherwise
 */
public record DetailField(String labelKey, String value, Style style, PacketChange change) {
    public enum Style {
        /** A short value on one line (wraps if it must). */
        TEXT,
        /** Monospaced: addresses, a reply's head and body, rule comments. */
        CODE,
        /** A paragraph, wrapped: a hop's reason, a request's summary. */
        LONG,
        /** The packet's addresses before and after, the changed half highlighted. */
        PACKET
    }

    public static DetailField text(String labelKey, String value) {
        return new DetailField(labelKey, value, Style.TEXT, null);
    }

    public static DetailField code(String labelKey, String value) {
        return new DetailField(labelKey, value, Style.CODE, null);
    }

    public static DetailField paragraph(String labelKey, String value) {
        return new DetailField(labelKey, value, Style.LONG, null);
    }

    public static DetailField packet(String labelKey, PacketChange change) {
        return new DetailField(labelKey, change.afterSrc() + " → " + change.afterDst(), Style.PACKET, change);
    }
}
