package io.kubetutor.ui.editor;

import io.kubetutor.ui.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * Find (Ctrl+F) and replace (Ctrl+H) above the text: every match is highlighted (by the
 * background styler), Enter and Shift+Enter step through them, the count says where you are,
 * Escape closes the bar and returns to the text.
 */
final class FindBar extends VBox {
    private final CodeArea area;
    private final BackgroundStyler styler;
    private final Consumer<String> replaceWholeText;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final Button previous = new Button("↑");
    private final Button next = new Button("↓");
    private final Button close = new Button("✕");
    private final Label count = new Label();
    private final Button replaceOne = new Button();
    private final Button replaceAll = new Button();
    private final HBox replaceRow;
    private Messages messages;

    FindBar(Messages messages, CodeArea area, BackgroundStyler styler, Consumer<String> replaceWholeText) {
        this.area = area;
        this.styler = styler;
        this.replaceWholeText = replaceWholeText;
        getStyleClass().add("find-bar");
        query.setId("find-query");
        replacement.setId("replace-text");
        count.getStyleClass().add("find-count");
        count.setId("find-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox findRow = new HBox(6, query, matchCase, previous, next, count, spacer, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replacement, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);
        setSpacing(6);

        query.textProperty().addListener((o, a, b) -> queryChanged());
        matchCase.selectedProperty().addListener((o, a, b) -> queryChanged());
        next.setOnAction(e -> step(true));
        previous.setOnAction(e -> step(false));
        close.setOnAction(e -> hide());
        replaceOne.setOnAction(e -> replaceOne());
        replaceAll.setOnAction(e -> replaceAll());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == query) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == replacement) {
                replaceOne();
                e.consume();
            }
        });
        setVisibleRow(false);
        hideQuietly();
        setMessages(messages);
    }

    void setMessages(Messages messages) {
        this.messages = messages;
        query.setPromptText(messages.text("editor.find.prompt"));
        replacement.setPromptText(messages.text("editor.replace.prompt"));
        next.setTooltip(new Tooltip(messages.text("editor.find.next")));
        previous.setTooltip(new Tooltip(messages.text("editor.find.previous")));
        matchCase.setTooltip(new Tooltip(messages.text("editor.find.matchCase")));
        close.setTooltip(new Tooltip(messages.text("editor.find.close")));
        replaceOne.setText(messages.text("editor.find.replace"));
        replaceAll.setText(messages.text("editor.find.replaceAll"));
        updateCount();
    }

    /** Opens the bar (with the replace row when {@code withReplace}), seeded with the selected word. */
    void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        setVisibleRow(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            query.setText(selected);
        }
        styler.setQuery(query.getText(), matchCase.isSelected());
        query.requestFocus();
        query.selectAll();
    }

    void hide() {
        hideQuietly();
        area.requestFocus();
    }

    private void hideQuietly() {
        setVisible(false);
        setManaged(false);
        styler.setQuery("", false);
    }

    boolean showing() {
        return isVisible();
    }

    private void setVisibleRow(boolean withReplace) {
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
    }

    private void queryChanged() {
        styler.setQuery(query.getText(), matchCase.isSelected());
        // Incremental search: the first match from where the search started is selected.
        List<TextSearch.Match> matches = matches();
        int i = TextSearch.nextIndex(matches, Math.min(area.getAnchor(), area.getCaretPosition()));
        if (i >= 0) {
            select(matches.get(i));
        }
        updateCount();
    }

    private List<TextSearch.Match> matches() {
        BackgroundStyler.Result r = styler.last();
        if (styler.current() && r != null && r.query().equals(query.getText()) && r.matchCase() == matchCase.isSelected()) {
            return r.matches();
        }
        return TextSearch.find(area.getText(), query.getText(), matchCase.isSelected());
    }

    void step(boolean forward) {
        List<TextSearch.Match> matches = matches();
        if (matches.isEmpty()) {
            updateCount();
            return;
        }
        int i = forward ? TextSearch.nextIndex(matches, area.getSelection().getEnd())
                : TextSearch.previousIndex(matches, area.getSelection().getStart());
        select(matches.get(i));
        updateCount();
    }

    private void select(TextSearch.Match m) {
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
    }

    private void replaceOne() {
        List<TextSearch.Match> matches = matches();
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        boolean onMatch = matches.stream().anyMatch(m -> m.start() == start && m.end() == end);
        if (onMatch) {
            area.getUndoManager().preventMerge();
            area.replaceText(start, end, replacement.getText());
            area.getUndoManager().preventMerge();
        }
        step(true);
    }

    private void replaceAll() {
        String text = area.getText();
        List<TextSearch.Match> matches = TextSearch.find(text, query.getText(), matchCase.isSelected());
        if (matches.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (TextSearch.Match m : matches) {
            out.append(text, pos, m.start()).append(replacement.getText());
            pos = m.end();
        }
        out.append(text, pos, text.length());
        replaceWholeText.accept(out.toString());
        updateCount();
    }

    /** "3 of 12": which match the selection is on, out of how many. */
    void updateCount() {
        count.getStyleClass().remove("none");
        if (query.getText().isEmpty()) {
            count.setText("");
            return;
        }
        List<TextSearch.Match> matches = matches();
        if (matches.isEmpty()) {
            count.setText(messages.text("editor.find.none"));
            count.getStyleClass().add("none");
            return;
        }
        if (matches.size() >= TextSearch.MAX_MATCHES) {
            count.setText(messages.format("editor.find.many", Integer.toString(TextSearch.MAX_MATCHES)));
            return;
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        int at = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == start && matches.get(i).end() == end) {
                at = i + 1;
            }
        }
        count.setText(at == 0 ? Integer.toString(matches.size())
                : messages.format("editor.find.count", Integer.toString(at), Integer.toString(matches.size())));
    }
}
