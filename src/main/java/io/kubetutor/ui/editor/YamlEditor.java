package io.kubetutor.ui.editor;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.theme.Fonts;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.Subscription;

/**
 * The YAML editor: the learner's manifest with line numbers, colours, problems underlined where
 * the API server found them, find/replace, zoom and Kubernetes field suggestions. The text is
 * handed to {@link #setOnApply} a moment after typing stops (at once on Ctrl+Enter); the caller
 * applies it on its engine thread and reports back through {@link #showDiagnostics}.
 */
public final class YamlEditor extends BorderPane {
    static final String STYLESHEET = YamlEditor.class.getResource("/io/kubetutor/ui/css/editor.css").toExternalForm();
    public static final int DEFAULT_FONT_SIZE = 15;
    static final int MIN_FONT_SIZE = 10;
    static final int MAX_FONT_SIZE = 48;
    /** The typing pause after which the text is applied: edits never reach the engine more often. */
    public static final long APPLY_PAUSE_MILLIS = 400;
    private static final Duration APPLY_PAUSE = Duration.ofMillis(APPLY_PAUSE_MILLIS);

    private final CodeArea area = new CodeArea();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final BackgroundStyler styler;
    private final FindBar findBar;
    private final ProblemsView problemsView;
    private final ProblemHover hover;
    private final CompletionPopup completion;
    private final EditorStatus status;
    private final Label banner = new Label();
    private final Subscription subscriptions;
    private Messages messages;
    private Consumer<String> onApply;
    private String lastApplied;
    private Map<Integer, Problem> worstByLine = Map.of();
    private int gutterDigits = 1;
    private List<Problem> shownProblems;
    private boolean shownStale;

    public YamlEditor(Messages messages) {
        this.messages = messages;
        getStyleClass().add("yaml-editor");
        getStylesheets().add(STYLESHEET);
        area.setId("yaml-text");
        area.setWrapText(false);
        styler = new BackgroundStyler(area, result -> findBarCount());
        findBar = new FindBar(messages, area, styler, this::replaceText);
        problemsView = new ProblemsView(messages, p -> goTo(p.line(), p.column()));
        hover = new ProblemHover(messages, area, () -> styler.last() == null ? List.of() : styler.last().marks());
        completion = new CompletionPopup(messages, area);
        status = new EditorStatus(messages, area, this::zoomReset);

        banner.getStyleClass().add("stale-banner");
        banner.setId("stale-banner");
        Label bannerSymbol = new Label("✗");
        bannerSymbol.getStyleClass().add("banner-symbol");
        banner.setGraphic(bannerSymbol);
        banner.setMaxWidth(Double.MAX_VALUE);
        showBanner(false);

        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        setTop(new VBox(banner, findBar));
        setCenter(scroll);
        setBottom(status);

        text.bind(area.textProperty());
        // Any change, typed or programmatic, is applied after the pause; until then the status says so.
        Subscription pending = area.plainTextChanges().subscribe(c -> status.showPending());
        Subscription applyAfterPause = area.multiPlainChanges().successionEnds(APPLY_PAUSE).subscribe(c -> apply(false));
        Subscription gutterWidth = area.multiPlainChanges().subscribe(c -> {
            if (Gutter.digits(area.getParagraphs().size()) != gutterDigits) {
                rebuildGutter();
            }
        });
        area.currentParagraphProperty().addListener((o, before, now) -> {
            redrawGutterLine(before);
            redrawGutterLine(now);
        });
        subscriptions = applyAfterPause.and(gutterWidth).and(pending);
        fontSize.addListener((o, a, b) -> applyFontSize());
        applyFontSize();
        // The current line is tinted by the stylesheet (.paragraph-box:has-caret), which follows the
        // theme; RichTextFX's own line highlighter painted lines scrolled into view later in its
        // default yellow.
        area.setContextMenu(new EditorMenu(messages, this, area));
        EditorKeys.install(this, area);
    }

    public void setMessages(Messages messages) {
        this.messages = messages;
        banner.setText(messages.text("editor.stale"));
        findBar.setMessages(messages);
        problemsView.setMessages(messages);
        hover.setMessages(messages);
        completion.setMessages(messages);
        status.setMessages(messages);
        area.setContextMenu(new EditorMenu(messages, this, area));
    }

    /** Focusing the editor focuses its text. */
    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    // ---- text ----

    public String getText() {
        return area.getText();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Replaces the whole text as one undoable edit, changing only what differs (the caret stays put). */
    public void setText(String newText) {
        replaceText(newText);
    }

    /**
     * A programmatic edit of the whole text (e.g. "scale to 5 replicas" from a context menu):
     * only the part that differs changes, as one undoable step; caret and scroll stay where they
     * were. The new text is applied after the usual pause, like typing.
     */
    public void replaceText(String newText) {
        String target = newText == null ? "" : newText;
        Replacement r = Replacement.between(area.getText(), target);
        if (r == null) {
            return;
        }
        double scrollY = area.getEstimatedScrollY();
        int anchor = map(area.getAnchor(), r);
        int caret = map(area.getCaretPosition(), r);
        area.getUndoManager().preventMerge();
        area.replaceText(r.start(), r.end(), r.text());
        area.getUndoManager().preventMerge();
        area.selectRange(anchor, caret);
        area.estimatedScrollYProperty().setValue(scrollY);
    }

    /** Where an offset of the old text lands after {@code r}: before it unchanged, after it shifted. */
    private static int map(int offset, Replacement r) {
        if (offset <= r.start()) {
            return offset;
        }
        if (offset >= r.end()) {
            return offset + r.text().length() - (r.end() - r.start());
        }
        return r.start() + Math.min(offset - r.start(), r.text().length());
    }

    void applyEdit(YamlEdits.Edit edit) {
        if (edit == null) {
            return;
        }
        Replacement r = edit.replacement();
        area.getUndoManager().preventMerge();
        area.replaceText(r.start(), r.end(), r.text());
        area.getUndoManager().preventMerge();
        area.selectRange(edit.anchor(), edit.caret());
    }

    /** Called with the whole text after typing pauses, and at once on Ctrl+Enter. */
    public void setOnApply(Consumer<String> onApply) {
        this.onApply = onApply;
    }

    /** Ctrl+Enter: hands the text over now, even if it was handed over already. */
    public void applyNow() {
        apply(true);
    }

    private void apply(boolean evenIfUnchanged) {
        String now = area.getText();
        if (!evenIfUnchanged && now.equals(lastApplied)) {
            return;
        }
        lastApplied = now;
        if (onApply != null) {
            onApply.accept(now);
        }
    }

    // ---- problems ----

    /**
     * Shows the cluster's diagnostics for the applied text: underlines, gutter markers, the
     * Problems list, and the banner saying the cluster still runs the last valid text when
     * {@code stale}.
     */
    public void showDiagnostics(List<Diagnostic> diagnostics, boolean stale) {
        List<Problem> problems = Problems.of(diagnostics);
        // Most states (every cluster tick, every request) carry the same diagnostics: redrawing
        // the gutter and restyling the text for them would cost a frame each time.
        if (problems.equals(shownProblems) && stale == shownStale) {
            status.showApplied(stale, hasErrors(problems));
            return;
        }
        shownProblems = problems;
        shownStale = stale;
        Map<Integer, Problem> worst = new HashMap<>();
        for (Problem p : problems) {
            worst.merge(p.line(), p, (a, b) -> a.severity().compareTo(b.severity()) <= 0 ? a : b);
        }
        worstByLine = worst;
        problemsView.show(problems);
        styler.setProblems(problems);
        rebuildGutter();
        showBanner(stale);
        status.showApplied(stale, hasErrors(problems));
    }

    private static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The Problems list, for the shell to place under the editor. */
    public Node problemsView() {
        return problemsView;
    }

    private void showBanner(boolean stale) {
        banner.setText(messages.text("editor.stale"));
        banner.setVisible(stale);
        banner.setManaged(stale);
    }

    // ---- navigation and editing commands ----

    /** Moves the caret to 1-based {@code line}:{@code column} (clamped), shows it and focuses the text. */
    public void goTo(int line, int column) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int col = Math.max(0, Math.min(column - 1, area.getParagraphLength(paragraph)));
        area.moveTo(paragraph, col);
        if (!comfortablyVisible(paragraph)) {
            area.showParagraphAtCenter(paragraph);
        }
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** True when the paragraph is on screen and not cut by the top or bottom edge. */
    private boolean comfortablyVisible(int paragraph) {
        try {
            return paragraph > area.firstVisibleParToAllParIndex() && paragraph < area.lastVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            return false;
        }
    }

    public void showFind() {
        findBar.show(false);
    }

    public void showReplace() {
        findBar.show(true);
    }

    /** Escape: closes the suggestions if open, else the find bar; false when neither was open. */
    boolean closePopupOrFind() {
        if (completion.showing()) {
            completion.hide();
            return true;
        }
        if (findBar.showing()) {
            findBar.hide();
            return true;
        }
        return false;
    }

    private void findBarCount() {
        if (findBar.showing()) {
            findBar.updateCount();
        }
    }

    public void undo() {
        area.getUndoManager().undo();
    }

    public void redo() {
        area.getUndoManager().redo();
    }

    /** Ctrl+/: comments the selected lines out, or back in. */
    public void toggleComment() {
        applyEdit(YamlEdits.toggleComment(area.getText(), area.getAnchor(), area.getCaretPosition()));
    }

    /** Ctrl+Space: the Kubernetes fields (or values) that fit where the caret is. */
    public void showCompletion() {
        completion.show();
    }

    // ---- zoom and gutter ----

    /** The text size in pixels (default 15: readable on a projector). */
    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public void zoomIn() {
        fontSize.set(Math.min(MAX_FONT_SIZE, fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(Math.max(MIN_FONT_SIZE, fontSize.get() - 1));
    }

    public void zoomReset() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    private void applyFontSize() {
        int size = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize.get()));
        area.setStyle("-fx-font-family: \"" + Fonts.CODE + "\"; -fx-font-size: " + size + "px;");
        status.showZoom(size);
        rebuildGutter();
    }

    private void rebuildGutter() {
        gutterDigits = Gutter.digits(area.getParagraphs().size());
        area.setParagraphGraphicFactory(new Gutter(area, worstByLine, gutterDigits, fontSize.get()));
    }

    private void redrawGutterLine(Integer paragraph) {
        if (paragraph != null && paragraph >= 0 && paragraph < area.getParagraphs().size()) {
            area.recreateParagraphGraphic(paragraph);
        }
    }

    /** The text area, for the package's tests and helpers. */
    CodeArea area() {
        return area;
    }

    ProblemHover hover() {
        return hover;
    }

    BackgroundStyler styler() {
        return styler;
    }

    /** Stops the editor's background thread; the editor must not be used afterwards. */
    public void dispose() {
        subscriptions.unsubscribe();
        styler.dispose();
        hover.hide();
        completion.hide();
    }
}
