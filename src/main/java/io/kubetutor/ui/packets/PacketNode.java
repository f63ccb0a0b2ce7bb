package io.kubetutor.ui.packets;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.LabelSlots;
import io.kubetutor.ui.playback.PacketSprite;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;

/**
 * One packet on screen, reused frame after frame for whichever packet the layer hands it: an
 * envelope in the packet's colour with its addresses on a pill beside it (a busy screen's packets
 * are dots on the layer's canvas instead). It only touches what changed since the previous frame,
 * so a packet that just moves costs two translate updates.
 */
final class PacketNode {
    static final Color REQUEST = Color.web("#0072B2");
    static final Color REPLY = Color.web("#009E73");
    static final Color DNS = Color.web("#CC79A7");
    static final Color FAILED = Color.web("#D55E00");

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("followed");
    private static final PseudoClass[] KINDS = {PseudoClass.getPseudoClass("request"),
        PseudoClass.getPseudoClass("reply"), PseudoClass.getPseudoClass("dns"), PseudoClass.getPseudoClass("failed")};

    private final Rectangle envelope = new Rectangle(-10, -7, 20, 14);
    private final Polyline flap = new Polyline(-10, -7, 0, 1, 10, -7);
    private final Group detail = new Group();
    private final SVGPath cross = Glyphs.stroked(Glyphs.CROSS, "packet-cross");
    private final SVGPath badgeGlyph = Glyphs.stroked(Glyphs.CROSS, "packet-badge-glyph");
    private final Label badgeWord = new Label();
    private final HBox badge = new HBox(4, badgeGlyph, badgeWord);
    private final Label src = new Label();
    private final Label arrow = new Label("→");
    private final Label dst = new Label();
    private final HBox pill = new HBox(4, badge, src, arrow, dst);

    private Messages messages;
    private String shownLabel;
    private int shownColour = -1;
    private PacketSprite.State shownState;
    private boolean hidden = true;
    private boolean shownFocus;

    PacketNode(Messages messages) {
        this.messages = messages;
        detail.setManaged(false);
        detail.setMouseTransparent(true);
        envelope.setArcWidth(5);
        envelope.setArcHeight(5);
        envelope.setStroke(Color.WHITE);
        flap.setStroke(Color.WHITE);
        flap.setStrokeWidth(1.5);
        flap.setFill(null);
        cross.setTranslateX(12);
        cross.setTranslateY(-10);
        cross.setStroke(FAILED);
        cross.setStrokeWidth(3);
        cross.setStrokeLineCap(StrokeLineCap.ROUND);
        badgeGlyph.setStrokeWidth(2.5);
        badgeGlyph.setStrokeLineCap(StrokeLineCap.ROUND);
        badgeGlyph.setFill(null);
        badge.setAlignment(Pos.CENTER_LEFT);
        badgeWord.getStyleClass().add("packet-badge-word");
        src.getStyleClass().add("packet-address");
        dst.getStyleClass().add("packet-address");
        arrow.getStyleClass().add("packet-arrow");
        pill.getStyleClass().add("packet-pill");
        pill.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().addAll(envelope, flap, cross, pill);
        detail.setVisible(false);
        cross.setVisible(false);
        badge.setVisible(false);
        badge.setManaged(false);
    }

    /** Draws {@code s} (its pill is placed afterwards by {@link #placePill}). */
    void show(PacketSprite s) {
        hidden = false;
        PacketSprite.State state = s.state();
        boolean failed = state == PacketSprite.State.DROPPED || state == PacketSprite.State.REJECTED;
        int colour = failed ? 3 : s.kind().ordinal();
        detail.setVisible(true);
        detail.setTranslateX(s.position().x());
        detail.setTranslateY(s.position().y());
        if (colour != shownColour) {
            Color c = colour == 3 ? FAILED : colour == 0 ? REQUEST : colour == 1 ? REPLY : DNS;
            envelope.setFill(c);
            if (shownColour >= 0) {
                pill.pseudoClassStateChanged(KINDS[shownColour], false);
            }
            pill.pseudoClassStateChanged(KINDS[colour], true);
            shownColour = colour;
        }
        cross.setVisible(failed);
        if (state != shownState) {
            showState(state);
        }
        showLabel(s);
        if (s.focused() != shownFocus) {
            shownFocus = s.focused();
            envelope.setScaleX(shownFocus ? 1.25 : 1);
            envelope.setScaleY(shownFocus ? 1.25 : 1);
            flap.setScaleX(shownFocus ? 1.25 : 1);
            flap.setScaleY(shownFocus ? 1.25 : 1);
            pill.pseudoClassStateChanged(FOCUSED, shownFocus);
        }
    }

    /** Not drawn this frame. */
    void hide() {
        if (!hidden) {
            hidden = true;
            detail.setVisible(false);
        }
    }

    Group detail() {
        return detail;
    }

    private void showLabel(PacketSprite s) {
        String label = s.label();
        if (label != shownLabel) {
            int arrowAt = label.indexOf(" → ");
            src.setText(arrowAt < 0 ? label : label.substring(0, arrowAt));
            dst.setText(arrowAt < 0 ? "" : label.substring(arrowAt + 3));
            shownLabel = label;
        }
        src.pseudoClassStateChanged(CHANGED, s.srcChanged());
        dst.pseudoClassStateChanged(CHANGED, s.dstChanged());
    }

    private void showState(PacketSprite.State state) {
        shownState = state;
        boolean shown = state != PacketSprite.State.MOVING;
        badge.setVisible(shown);
        badge.setManaged(shown);
        if (!shown) {
            return;
        }
        badgeWord.setText(messages.text(wordKey(state)));
        badgeGlyph.setContent(switch (state) {
            case DELIVERED -> Glyphs.CHECK;
            case UNANSWERED -> Glyphs.ELLIPSIS;
            default -> Glyphs.CROSS;
        });
        Color c = state == PacketSprite.State.DELIVERED ? REPLY
                : state == PacketSprite.State.UNANSWERED ? Color.web("#56B4E9") : FAILED;
        badgeGlyph.setStroke(c);
    }

    static String wordKey(PacketSprite.State state) {
        return switch (state) {
            case DROPPED -> "playback.state.dropped";
            case REJECTED -> "playback.state.refused";
            case UNANSWERED -> "playback.state.noReply";
            default -> "playback.state.delivered";
        };
    }

    /**
     * Puts the pill in a free slot beside the packet (after {@link #show}); {@code always} for the
     * followed packet, whose label shows even where it overlaps another.
     */
    void placePill(LabelSlots slots, boolean always) {
        double w = pill.prefWidth(-1);
        double h = pill.prefHeight(-1);
        if (w <= 0 || h <= 0) {
            // Before the first layout pass: estimated from the monospaced address text.
            w = (shownLabel == null ? 30 : shownLabel.length()) * 8.6 + 26;
            h = 24;
        }
        double x = detail.getTranslateX();
        double y = detail.getTranslateY();
        int slot = always ? slots.force(x, y, w, h) : slots.place(x, y, w, h);
        if (slot == LabelSlots.HIDDEN) {
            pill.setVisible(false);
            return;
        }
        pill.setVisible(true);
        pill.setLayoutX(LabelSlots.dx(slot, w));
        pill.setLayoutY(LabelSlots.dy(slot));
    }

    boolean pillShown() {
        return pill.isVisible();
    }

    void setMessages(Messages m) {
        messages = m;
        if (shownState != null && shownState != PacketSprite.State.MOVING) {
            badgeWord.setText(m.text(wordKey(shownState)));
        }
    }

    /** The words on the pill as the learner reads them (for tests and accessibility). */
    String text() {
        return (badge.isVisible() ? badgeWord.getText() + " " : "") + src.getText() + " → " + dst.getText();
    }

    boolean failureMarked() {
        return cross.isVisible();
    }

    boolean drawn() {
        return !hidden && detail.isVisible();
    }
}
