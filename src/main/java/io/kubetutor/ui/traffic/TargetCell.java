package io.kubetutor.ui.traffic;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/**
 * A target in the traffic bar's list: the text, muted with a short note when it does not work
 * from the chosen sender (inside the cluster only, another namespace, pending).
 */
final class TargetCell extends ListCell<String> {
    private final Label text = new Label();
    private final Label note = new Label();
    private final HBox box = new HBox(10, text, note);
    private final Function<String, String> noteFor;

    /** {@code noteFor} gives a target's note, empty when it works from the sender. */
    TargetCell(Function<String, String> noteFor) {
        this.noteFor = noteFor;
        note.getStyleClass().add("traffic-note");
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        text.setText(item);
        String why = noteFor.apply(item);
        note.setText(why);
        text.getStyleClass().remove("traffic-muted");
        if (!why.isEmpty()) {
            text.getStyleClass().add("traffic-muted");
        }
        setGraphic(box);
    }
}
