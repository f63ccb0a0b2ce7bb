package io.kubetutor.ui.editor;

import io.kubetutor.ui.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/** The Problems list: one row per problem (symbol, line:column, message); click or Enter goes there. */
final class ProblemsView extends ListView<Problem> {
    /** The row's width taken by the symbol, the position, the gaps, the padding and a scroll bar. */
    private static final double SUMMARY_INSET = 150;
    private Messages messages;
    private final Label empty = new Label();

    ProblemsView(Messages messages, Consumer<Problem> goTo) {
        this.messages = messages;
        getStyleClass().add("problems");
        getStylesheets().add(YamlEditor.STYLESHEET);
        setId("problems");
        empty.getStyleClass().add("problems-empty");
        // A narrow editor column must still show the whole sentence.
        empty.setWrapText(true);
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        setPlaceholder(empty);
        setCellFactory(list -> new Row());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && getSelectionModel().getSelectedItem() != null
                    && e.getTarget() instanceof javafx.scene.Node n && rowOf(n) != null) {
                goTo.accept(getSelectionModel().getSelectedItem());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                goTo.accept(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        setMessages(messages);
    }

    private static Row rowOf(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (at instanceof Row r) {
                return r.getItem() == null ? null : r;
            }
        }
        return null;
    }

    void setMessages(Messages messages) {
        this.messages = messages;
        empty.setText(messages.text("editor.problems.empty"));
        refresh();
    }

    void show(List<Problem> problems) {
        getItems().setAll(problems);
    }

    /** Numbers as plain digits: MessageFormat would write line 1000 as "1,000". */
    static String num(int n) {
        return Integer.toString(n);
    }

    /**
     * A row: symbol, position, and the message as a Text wrapped to the list's width (a Label in
     * a cell would cut a long kubectl message off with an ellipsis instead of wrapping it).
     */
    private final class Row extends ListCell<Problem> {
        private final Label symbol = new Label();
        private final Label position = new Label();
        private final Text summary = new Text();
        private final HBox box = new HBox(8, symbol, position, summary);
        private final Tooltip tip = new Tooltip();

        Row() {
            symbol.getStyleClass().add("symbol");
            position.getStyleClass().add("position");
            summary.getStyleClass().add("summary");
            summary.wrappingWidthProperty().bind(ProblemsView.this.widthProperty().subtract(SUMMARY_INSET));
            getStyleClass().add("problem-row");
            setPrefWidth(0);
            tip.setWrapText(true);
            tip.setMaxWidth(620);
            tip.getStyleClass().add("problem-tooltip");
            tip.setStyle("-fx-font-size: 14px;");
        }

        @Override
        protected void updateItem(Problem p, boolean emptyRow) {
            super.updateItem(p, emptyRow);
            setText(null);
            if (emptyRow || p == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            symbol.setText(p.symbol());
            symbol.getStyleClass().setAll("label", "symbol", p.styleClass());
            position.setText(messages.format("editor.problems.position", num(p.line()), num(p.column())));
            summary.setText(p.summary());
            tip.setText(messages.format("editor.problems.tip", num(p.line()), num(p.column())) + "\n\n" + p.message());
            setTooltip(tip);
            setGraphic(box);
        }
    }
}
