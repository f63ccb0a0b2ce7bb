package io.kubetutor.ui.console;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.SessionState;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The kubectl console at the bottom of the window: a terminal-like output (monospace, selectable,
 * never wrapped, so kubectl's columns stay aligned; wide lines scroll sideways) over a {@code $
 * kubectl } prompt. A line is split as bash splits it and run by the function the window gives
 * (the session's kubectl); the output is printed as kubectl wrote it, stderr marked and coloured.
 * ↑/↓ walk the history, Tab completes from the latest cluster state, Ctrl+L or {@code clear}
 * clears, Ctrl+C drops the typed line. While a command runs the prompt is disabled.
 */
public final class KubectlConsole extends BorderPane {
    /** How many lines the output keeps; older ones go, as a terminal's scrollback does. */
    static final int MAX_LINES = 2_000;

    private static final String STDERR_LINE = "console-stderr-line";

    private final Function<List<String>, CompletableFuture<Kubectl.Output>> kubectl;
    private final CommandHistory history = new CommandHistory(500);
    private final StyleClassedTextArea output = new StyleClassedTextArea();
    private final Label prompt = new Label(ConsoleCommand.PROMPT.stripTrailing());
    private final TextField input = new TextField();
    private final Label status = new Label();
    private Messages messages;
    private SessionState state;
    private boolean running;

    public KubectlConsole(Messages messages, Function<List<String>, CompletableFuture<Kubectl.Output>> kubectl) {
        this.messages = messages;
        this.kubectl = kubectl;
        getStyleClass().add("kubectl-console");
        getStylesheets().add(KubectlConsole.class.getResource("/io/kubetutor/ui/css/console.css").toExternalForm());

        output.setId("console-output");
        output.getStyleClass().add("console-output");
        output.setEditable(false);
        output.setWrapText(false);
        output.setFocusTraversable(true);
        output.setParagraphGraphicFactory(this::marker);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(output);
        scroll.getStyleClass().add("console-scroll");
        setCenter(scroll);

        prompt.getStyleClass().add("console-prompt");
        input.setId("console-input");
        input.getStyleClass().add("console-input");
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        input.setOnAction(e -> submit(input.getText()));
        status.getStyleClass().add("console-status");
        HBox promptLine = new HBox(6, prompt, input, status);
        promptLine.setAlignment(Pos.CENTER_LEFT);
        promptLine.getStyleClass().add("console-prompt-line");
        HBox.setHgrow(input, Priority.ALWAYS);
        setBottom(promptLine);
        // a click anywhere in the output that selects nothing puts the caret back in the prompt
        output.setOnMouseReleased(e -> {
            if (output.getSelectedText().isEmpty() && !running) {
                input.requestFocus();
            }
        });
        setMessages(messages);
    }

    /** Keeps the latest state for Tab completion. */
    public void show(SessionState s) {
        this.state = s;
    }

    /** Re-labels the prompt's hints; what is already printed stays as it was. */
    public void setMessages(Messages m) {
        this.messages = m;
        input.setPromptText(m.text("console.input.hint"));
        output.setAccessibleText(m.text("console.output.name"));
        input.setAccessibleText(m.text("console.input.name"));
        status.setText(running ? m.text("console.running") : "");
    }

    /** Runs {@code line} as if it had been typed after the prompt (a menu's "describe this" uses it). */
    public void submit(String line) {
        if (running) {
            return;
        }
        ConsoleCommand command = ConsoleCommand.parse(line);
        history.add(line == null ? "" : line.strip());
        input.clear();
        if (command instanceof ConsoleCommand.Nothing) {
            print(ConsoleCommand.PROMPT.stripTrailing() + "\n", "console-echo");
        } else if (command instanceof ConsoleCommand.Clear) {
            clear();
        } else if (command instanceof ConsoleCommand.Help h) {
            print(h.echo() + "\n", "console-echo");
            print(messages.text("console.help") + "\n", "console-help");
        } else if (command instanceof ConsoleCommand.Refused r) {
            print(r.echo() + "\n", "console-echo");
            printError(refusal(r.error()) + "\n");
        } else if (command instanceof ConsoleCommand.Run r) {
            run(r);
        }
    }

    /**
     * Prints a command the tutor ran for the learner (a lesson step's kubectl) with its output, as
     * if it had been typed: {@code line} without the word kubectl, which the prompt shows.
     */
    public void showRun(String line, Kubectl.Output out) {
        print(ConsoleCommand.PROMPT + line + "\n", "console-echo");
        printOutput(out);
    }

    /** Empties the output (Ctrl+L, {@code clear}). */
    public void clear() {
        output.clear();
    }

    /** The output's text, as a learner would copy it. */
    public String outputText() {
        return output.getText();
    }

    /** The input field, so the window can focus it (e.g. from a menu). */
    public TextField input() {
        return input;
    }

    private void run(ConsoleCommand.Run r) {
        print(r.echo() + "\n", "console-echo");
        setRunning(true);
        CompletableFuture<Kubectl.Output> future;
        try {
            future = kubectl.apply(r.args());
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((out, error) -> onFx(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                printError(messages.format("console.failed", String.valueOf(cause.getMessage())) + "\n");
            } else {
                printOutput(out);
            }
            setRunning(false);
        }));
    }

    private void printOutput(Kubectl.Output out) {
        // As on a terminal: the API server's warnings, then the output, then the errors.
        if (!out.warnings().isEmpty()) {
            printError(out.warnings());
        }
        if (!out.stdout().isEmpty()) {
            print(endLine(out.stdout()), "console-stdout");
        }
        if (!out.errors().isEmpty()) {
            printError(out.errors());
        }
    }

    private void setRunning(boolean on) {
        running = on;
        input.setDisable(on);
        status.setText(on ? messages.text("console.running") : "");
        if (!on) {
            input.requestFocus();
        }
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.UP) {
            input.setText(history.up(input.getText()));
            input.end();
        } else if (code == KeyCode.DOWN) {
            input.setText(history.down(input.getText()));
            input.end();
        } else if (code == KeyCode.TAB && !e.isShiftDown()) {
            complete();
        } else if (code == KeyCode.L && e.isShortcutDown()) {
            clear();
        } else if (code == KeyCode.C && e.isShortcutDown() && input.getSelectedText().isEmpty()) {
            // with nothing selected, Ctrl+C does what it does in a terminal: the line is dropped
            print(ConsoleCommand.PROMPT + input.getText() + "^C\n", "console-echo");
            history.add("");
            input.clear();
        } else {
            return;
        }
        e.consume();
    }

    private void complete() {
        if (state == null) {
            return;
        }
        int caret = input.getCaretPosition();
        String text = input.getText();
        ConsoleCompletion.Result r = ConsoleCompletion.complete(text.substring(0, caret), state);
        if (!r.candidates().isEmpty()) {
            // bash lists the choices under the line and shows the line again
            print(ConsoleCommand.PROMPT + text + "\n", "console-echo");
            print(String.join("  ", r.candidates()) + "\n", "console-help");
        }
        input.setText(r.line() + text.substring(caret));
        input.positionCaret(r.line().length());
    }

    private String refusal(ShellSyntaxException e) {
        return switch (e.problem()) {
            case UNTERMINATED_QUOTE -> e.getMessage(); // bash's own words
            case OPERATOR -> messages.format("console.refused.operator", e.detail());
            case EXPANSION -> messages.format("console.refused.expansion", e.detail());
        };
    }

    private void printError(String text) {
        int firstParagraph = output.getParagraphs().size() - 1;
        print(text, "console-stderr");
        int last = output.getParagraphs().size() - 2; // the text ends with a newline: the last paragraph is empty
        for (int p = Math.max(0, firstParagraph); p <= last; p++) {
            output.setParagraphStyle(p, Set.of(STDERR_LINE));
        }
    }

    private void print(String text, String styleClass) {
        output.append(text, styleClass);
        trim();
        output.moveTo(output.getLength());
        output.requestFollowCaret();
    }

    /** Drops the oldest lines beyond MAX_LINES (plus the empty paragraph after the last newline). */
    private void trim() {
        int excess = output.getParagraphs().size() - 1 - MAX_LINES;
        if (excess > 0) {
            Collection<String> firstKept = output.getParagraph(excess).getParagraphStyle();
            output.deleteText(0, output.getAbsolutePosition(excess, 0));
            output.setParagraphStyle(0, firstKept);
        }
    }

    private Node marker(int paragraph) {
        // stderr is marked by a symbol as well as its colour, so it reads without colour vision; a
        // Text in a pane, not a Label, so the theme's label rules (styled before the cell is in the
        // scene) have nothing to look up
        boolean stderr = paragraph < output.getParagraphs().size()
                && output.getParagraph(paragraph).getParagraphStyle().contains(STDERR_LINE);
        Text mark = new Text(stderr ? "!" : "");
        mark.getStyleClass().add("console-marker-text");
        StackPane box = new StackPane(mark);
        box.getStyleClass().add(stderr ? "console-marker-stderr" : "console-marker");
        return box;
    }

    private static String endLine(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
