package io.kubetutor.ui.panels;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.EventRow;
import io.kubetutor.ui.panels.model.EventRows;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import io.kubetutor.sim.net.Outcome;

/** The event log's columns: time, at, type (a coloured chip with its word) and summary. */
final class EventLogColumns {
    static final PseudoClass REQUEST = PseudoClass.getPseudoClass("request");
    static final PseudoClass HOP = PseudoClass.getPseudoClass("hop");

    private final Supplier<Messages> messages;
    /** A narrow panel: the time and place columns are hidden and shown inside the summary instead. */
    private final BooleanProperty compact = new SimpleBooleanProperty(false);
    private final TreeTableColumn<EventRow, EventRow> time = new TreeTableColumn<>();
    private final TreeTableColumn<EventRow, EventRow> at = new TreeTableColumn<>();
    private final TreeTableColumn<EventRow, EventRow> type = new TreeTableColumn<>();
    private final TreeTableColumn<EventRow, EventRow> summary = new TreeTableColumn<>();

    EventLogColumns(Supplier<Messages> messages) {
        this.messages = messages;
        for (TreeTableColumn<EventRow, EventRow> c : all()) {
            c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().getValue()));
            c.setSortable(false);
        }
        time.setId("event-log-col-time");
        at.setId("event-log-col-at");
        type.setId("event-log-col-type");
        summary.setId("event-log-col-summary");
        time.setCellFactory(c -> textCell(r -> EventRows.time(r.timeMillis()), true));
        at.setCellFactory(c -> textCell(EventRow::place, false));
        type.setCellFactory(c -> new ChipCell());
        summary.setCellFactory(c -> new SummaryCell());
        // Widths for a narrow panel: the summary takes what is left, the others their words.
        time.setMinWidth(100);
        time.setPrefWidth(104);
        time.setMaxWidth(120);
        at.setMinWidth(130);
        at.setPrefWidth(150);
        at.setMaxWidth(220);
        type.setMinWidth(112);
        type.setPrefWidth(124);
        type.setMaxWidth(150);
        summary.setMinWidth(140);
        summary.setPrefWidth(600);
    }

    /** Below this table width the time and place columns give way to a line inside the summary. */
    static final double COMPACT_BELOW = 600;

    /** Switches between the four columns and the narrow layout; returns whether anything changed. */
    boolean setCompact(boolean narrow, javafx.scene.control.TreeTableView<EventRow> table) {
        if (compact.get() == narrow) {
            return false;
        }
        compact.set(narrow);
        time.setVisible(!narrow);
        at.setVisible(!narrow);
        table.setTreeColumn(narrow ? type : time);
        return true;
    }

    boolean compact() {
        return compact.get();
    }

    List<TreeTableColumn<EventRow, EventRow>> all() {
        return List.of(time, at, type, summary);
    }

    void relabel(Messages m) {
        time.setText(m.text("panels.log.col.time"));
        at.setText(m.text("panels.log.col.at"));
        type.setText(m.text("panels.log.col.type"));
        summary.setText(m.text("panels.log.col.summary"));
    }

    /** Rows know whether they are a request's header or one of its hops, for the stylesheet. */
    static TreeTableRow<EventRow> row() {
        return new TreeTableRow<>() {
            @Override
            protected void updateItem(EventRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(REQUEST, !empty && r != null && r.kind() == EventRow.Kind.REQUEST);
                pseudoClassStateChanged(HOP, !empty && r != null && r.kind() == EventRow.Kind.HOP);
            }
        };
    }

    private TreeTableCell<EventRow, EventRow> textCell(Function<EventRow, String> text, boolean code) {
        return new TreeTableCell<>() {
            /** One per cell, re-worded as the cell shows other rows: a new tooltip is a new popup scene. */
            private final Tooltip tip = new Tooltip();

            {
                if (code) {
                    getStyleClass().add("code");
                }
                setTextOverrun(OverrunStyle.ELLIPSIS);
            }

            @Override
            protected void updateItem(EventRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String t = text.apply(r);
                setText(t);
                tip.setText(t);
                setTooltip(tip);
            }
        };
    }

    /** The type column: the word on a chip whose colour says the family (never colour alone). */
    private final class ChipCell extends TreeTableCell<EventRow, EventRow> {
        private final Label chip = new Label();

        ChipCell() {
            chip.setMinWidth(Label.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(EventRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            chip.setText(messages.get().text(r.type().key()));
            // Set only on change: any style class edit makes JavaFX match the chip's CSS again.
            if (!chip.getStyleClass().equals(List.of("label", "chip", r.type().styleClass()))) {
                chip.getStyleClass().setAll("label", "chip", r.type().styleClass());
            }
            setGraphic(chip);
        }
    }

    /**
     * The summary, cut with an ellipsis (the whole text in a tooltip); a request shows ✓ or ✗. In a
     * narrow panel the time and place columns give way and show as a muted line above it.
     */
    private final class SummaryCell extends TreeTableCell<EventRow, EventRow> {
        private final Label meta = new Label();
        private final Label mark = new Label();
        private final Label text = new Label();
        private final HBox line = new HBox(6, mark, text);
        private final VBox box = new VBox(1, meta, line);
        private final Tooltip tip = new Tooltip();

        SummaryCell() {
            meta.getStyleClass().addAll("muted", "event-meta");
            text.setTextOverrun(OverrunStyle.ELLIPSIS);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            mark.setMinWidth(Region.USE_PREF_SIZE);
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            box.setMinWidth(0);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(EventRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Messages m = messages.get();
            boolean narrow = compact.get();
            meta.setText(EventRows.time(r.timeMillis()) + "  ·  " + r.place());
            meta.setVisible(narrow);
            meta.setManaged(narrow);
            text.setText(EventRows.summary(r, m));
            tip.setText(EventRows.fullText(r, m));
            setTooltip(tip);
            boolean request = r.kind() == EventRow.Kind.REQUEST;
            if (request) {
                boolean failed = r.trace().outcome() != Outcome.DELIVERED;
                mark.setText(failed ? "✗" : "✓");
                String outcome = failed ? "outcome-failed" : "outcome-ok";
                if (!mark.getStyleClass().contains(outcome)) {
                    mark.getStyleClass().setAll("label", outcome);
                }
            }
            mark.setVisible(request);
            mark.setManaged(request);
            setGraphic(box);
        }
    }
}
