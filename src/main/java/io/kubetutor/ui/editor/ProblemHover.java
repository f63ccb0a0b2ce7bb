package io.kubetutor.ui.editor;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * When the pointer rests on underlined text, kubectl's whole message appears beside it, wrapped
 * to a readable width, with the severity in words (not only the underline's colour).
 */
final class ProblemHover {
    private final CodeArea area;
    private final Supplier<List<Mark>> marks;
    private final Tooltip tip = new Tooltip();
    private Messages messages;

    ProblemHover(Messages messages, CodeArea area, Supplier<List<Mark>> marks) {
        this.messages = messages;
        this.area = area;
        this.marks = marks;
        tip.setWrapText(true);
        tip.setMaxWidth(620);
        tip.getStyleClass().add("problem-tooltip");
        // A popup does not see the editor's stylesheet, so its text size is set here: readable
        // from the back of a classroom, in the text font (kubectl's messages are prose).
        tip.setStyle("-fx-font-family: \"" + Fonts.TEXT + "\"; -fx-font-size: 15px; -fx-padding: 8 10 8 10;");
        tip.setAutoHide(true);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> show(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
    }

    void setMessages(Messages messages) {
        this.messages = messages;
        tip.hide();
    }

    /** The text shown for the problems under {@code offset}; empty when there are none. */
    String textAt(int offset) {
        List<String> parts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Mark m : marks.get()) {
            if (!m.covers(offset)) {
                continue;
            }
            Problem p = m.problem();
            String title = p.symbol() + " " + messages.format("editor.hover.title",
                    messages.text("editor.severity." + p.severity().text()),
                    Integer.toString(p.line()), Integer.toString(p.column()));
            String body = p.message().equals(p.summary()) || p.message().contains(p.summary())
                    ? p.message() : p.summary() + "\n\n" + p.message();
            String part = title + "\n" + body;
            if (!seen.contains(part)) {
                seen.add(part);
                parts.add(part);
            }
        }
        return String.join("\n\n", parts);
    }

    void show(int offset, Point2D screen) {
        String text = textAt(offset);
        if (text.isEmpty() || area.getScene() == null) {
            return;
        }
        tip.setText(text);
        tip.show(area, screen.getX() + 12, screen.getY() + 18);
    }

    void hide() {
        tip.hide();
    }
}
