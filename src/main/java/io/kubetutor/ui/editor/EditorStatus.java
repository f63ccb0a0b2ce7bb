package io.kubetutor.ui.editor;

import io.kubetutor.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * The quiet line under the text: whether the cluster runs this text (✓ applied, ⚠ applied but
 * for the refused objects, ✗ not applied, … waiting for a pause), where the caret is, and the zoom (click to reset).
 */
final class EditorStatus extends HBox {
    private enum State { APPLIED, APPLIED_EXCEPT_ERRORS, PENDING, STALE }

    private final CodeArea area;
    private final Label applyState = new Label();
    private final Label position = new Label();
    private final Label zoom = new Label();
    private final Tooltip applyTip = new Tooltip();
    private final Tooltip zoomTip = new Tooltip();
    private Messages messages;
    private State state = State.APPLIED;
    private int zoomPercent = 100;

    EditorStatus(Messages messages, CodeArea area, Runnable zoomReset) {
        this.messages = messages;
        this.area = area;
        getStyleClass().add("status-bar");
        applyState.getStyleClass().add("apply-state");
        applyState.setId("apply-state");
        position.setId("caret-position");
        zoom.setId("zoom");
        applyTip.setWrapText(true);
        applyTip.setMaxWidth(420);
        applyState.setTooltip(applyTip);
        zoom.setTooltip(zoomTip);
        zoom.setOnMouseClicked(e -> zoomReset.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(applyState, spacer, position, zoom);
        area.caretPositionProperty().addListener((o, a, b) -> showPosition());
        setMessages(messages);
    }

    void setMessages(Messages messages) {
        this.messages = messages;
        showState();
        showPosition();
        zoom.setText(messages.format("editor.status.zoom", Integer.toString(zoomPercent)));
        zoomTip.setText(messages.text("editor.status.zoom.tip"));
    }

    void showPending() {
        if (state != State.PENDING) { // called on every keystroke
            state = State.PENDING;
            showState();
        }
    }

    /** After an apply: stale (nothing applied), or applied (but objects with errors were refused). */
    void showApplied(boolean stale, boolean errors) {
        State next = stale ? State.STALE : errors ? State.APPLIED_EXCEPT_ERRORS : State.APPLIED;
        if (next != state) { // most states repeat the last one: no restyle for them
            state = next;
            showState();
        }
    }

    void showZoom(int fontSize) {
        zoomPercent = Math.round(fontSize * 100f / YamlEditor.DEFAULT_FONT_SIZE);
        zoom.setText(messages.format("editor.status.zoom", Integer.toString(zoomPercent)));
    }

    private void showState() {
        applyState.getStyleClass().removeAll("applied", "pending", "stale", "partly");
        switch (state) {
            case APPLIED -> {
                applyState.setText("✓ " + messages.text("editor.status.applied"));
                applyTip.setText(messages.text("editor.status.applied.tip"));
                applyState.getStyleClass().add("applied");
            }
            case APPLIED_EXCEPT_ERRORS -> {
                applyState.setText("⚠ " + messages.text("editor.status.partly"));
                applyTip.setText(messages.text("editor.status.partly.tip"));
                applyState.getStyleClass().add("partly");
            }
            case PENDING -> {
                applyState.setText("… " + messages.text("editor.status.pending"));
                applyTip.setText(messages.text("editor.status.pending.tip"));
                applyState.getStyleClass().add("pending");
            }
            case STALE -> {
                applyState.setText("✗ " + messages.text("editor.status.stale"));
                applyTip.setText(messages.text("editor.status.stale.tip"));
                applyState.getStyleClass().add("stale");
            }
        }
    }

    private void showPosition() {
        position.setText(messages.format("editor.status.position",
                Integer.toString(area.getCurrentParagraph() + 1), Integer.toString(area.getCaretColumn() + 1)));
    }
}
