package io.kubetutor.ui.editor;

import io.kubetutor.ui.i18n.Messages;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The Ctrl+Space list under the caret. The text keeps the keyboard focus: typing goes on
 * narrowing the list, Up/Down choose, Enter or Tab insert, Escape closes.
 */
final class CompletionPopup {
    /** A row's height in the list (see .completion-list .list-cell in editor.css). */
    private static final double ROW_HEIGHT = 28;
    private final CodeArea area;
    private final Popup popup = new Popup();
    private final ListView<Completions.Suggestion> list = new ListView<>();
    private final Label none = new Label();
    private Messages messages;
    private Completions.Result current;

    CompletionPopup(Messages messages, CodeArea area) {
        this.messages = messages;
        this.area = area;
        list.getStyleClass().add("completion-list");
        list.getStylesheets().add(YamlEditor.STYLESHEET);
        list.setId("completion-list");
        list.setPlaceholder(none);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new Row());
        list.setFixedCellSize(ROW_HEIGHT);
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                accept();
            }
        });
        // A Popup is its own scene: "root" gives it the theme's looked-up colours (AtlantaFX
        // defines them on .root), so the list follows the light or dark theme like the window.
        StackPane themed = new StackPane(list);
        themed.getStyleClass().addAll("root", "completion-popup");
        themed.getStylesheets().add(YamlEditor.STYLESHEET);
        popup.getContent().add(themed);
        popup.setAutoHide(true);
        popup.setAutoFix(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        area.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (popup.isShowing()) {
                Platform.runLater(this::refresh);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hide());
        setMessages(messages);
    }

    void setMessages(Messages messages) {
        this.messages = messages;
        none.setText(messages.text("editor.completion.none"));
        list.refresh();
    }

    /** Opens the list for the caret (with "no suggestions" when there are none). */
    void show() {
        current = Completions.at(area.getText(), area.getCaretPosition());
        list.getItems().setAll(current.suggestions());
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(ROW_HEIGHT * 9, Math.max(1, current.suggestions().size()) * ROW_HEIGHT + 4));
        Bounds caret = caretOnScreen();
        if (caret == null || area.getScene() == null) {
            return;
        }
        popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        // A caret moved in this same pulse (a newline just typed) is only placed by the next layout.
        Platform.runLater(this::followCaret);
    }

    private void followCaret() {
        Bounds caret = caretOnScreen();
        if (caret != null && popup.isShowing()) {
            popup.setX(caret.getMinX());
            popup.setY(caret.getMaxY() + 2);
        }
    }

    /** The caret's bounds on screen, taken from the caret node itself (which sits after the gutter). */
    private Bounds caretOnScreen() {
        javafx.scene.Node caretNode = area.lookup(".caret");
        if (caretNode != null && caretNode.getScene() != null) {
            Bounds b = caretNode.localToScreen(caretNode.getBoundsInLocal());
            if (b != null) {
                return b;
            }
        }
        return area.getCaretBounds().orElse(null);
    }

    boolean showing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    private void refresh() {
        Completions.Result now = Completions.at(area.getText(), area.getCaretPosition());
        if (now.suggestions().isEmpty()) {
            hide();
            return;
        }
        current = now;
        list.getItems().setAll(now.suggestions());
        list.getSelectionModel().selectFirst();
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int i = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
            if (i >= 0 && i < list.getItems().size()) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            }
            e.consume();
        } else if ((code == KeyCode.ENTER || code == KeyCode.TAB) && list.getSelectionModel().getSelectedItem() != null) {
            accept();
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            hide();
            e.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.HOME || code == KeyCode.END
                || code == KeyCode.ENTER) {
            hide();
        }
    }

    private void accept() {
        Completions.Suggestion s = list.getSelectionModel().getSelectedItem();
        if (s == null || current == null) {
            return;
        }
        hide();
        area.replaceText(current.start(), current.end(), s.insert());
        area.requestFollowCaret();
        if (s.kind() == Completions.Kind.FIELD) {
            // A field with a fixed set of values (type: ClusterIP | NodePort | ...) offers them next.
            Completions.Result values = Completions.at(area.getText(), area.getCaretPosition());
            if (!values.suggestions().isEmpty()) {
                Platform.runLater(this::show);
            }
        }
    }

    private final class Row extends ListCell<Completions.Suggestion> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox box;

        Row() {
            detail.getStyleClass().add("detail");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(12, name, spacer, detail);
        }

        @Override
        protected void updateItem(Completions.Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            name.setText(s.label());
            detail.setText(messages.text("editor.completion." + switch (s.kind()) {
                case FIELD -> "field";
                case SECTION -> "section";
                case LIST -> "list";
                case VALUE -> "value";
            }));
            setText(null);
            setGraphic(box);
        }
    }
}
