package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.Markdown;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws a lesson text ({@link Markdown#parse}) as it should read: paragraphs that wrap to the
 * pane's width, lists with their bullets or numbers hanging, code blocks in the monospaced font.
 * Emphasis is the accent colour in italics (the bundled font has no italic face, so the colour
 * carries it), strong is the bold face, code the coding font on a tinted ground.
 */
final class MarkdownView {
    private MarkdownView() {
    }

    /** The whole text as blocks, one under the other. */
    static VBox render(String text, String styleClass) {
        VBox box = new VBox();
        box.getStyleClass().addAll("markdown", styleClass);
        for (Markdown.Block b : Markdown.parse(text)) {
            box.getChildren().add(block(b));
        }
        return box;
    }

    private static Node block(Markdown.Block b) {
        if (b instanceof Markdown.Paragraph p) {
            return flow(p.inlines(), "md-paragraph");
        }
        if (b instanceof Markdown.BulletList l) {
            VBox list = new VBox();
            list.getStyleClass().add("md-list");
            l.items().forEach(item -> list.getChildren().add(item("•", item)));
            return list;
        }
        if (b instanceof Markdown.NumberedList l) {
            VBox list = new VBox();
            list.getStyleClass().add("md-list");
            for (int i = 0; i < l.items().size(); i++) {
                list.getChildren().add(item((l.start() + i) + ".", l.items().get(i)));
            }
            return list;
        }
        Markdown.CodeBlock c = (Markdown.CodeBlock) b;
        Text code = new Text(c.text());
        code.getStyleClass().add("md-code-block-text");
        code.setStyle("-fx-font-family: \"" + Fonts.CODE + "\";");
        TextFlow box = new TextFlow(code);
        box.getStyleClass().add("md-code-block");
        return box;
    }

    private static Node item(String marker, List<Markdown.Inline> inlines) {
        Label bullet = new Label(marker);
        bullet.getStyleClass().add("md-bullet");
        bullet.setMinWidth(Label.USE_PREF_SIZE);
        TextFlow text = flow(inlines, "md-item");
        HBox row = new HBox(bullet, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("md-item-row");
        HBox.setHgrow(text, Priority.ALWAYS);
        return row;
    }

    /** One run of inlines as a wrapping flow. */
    static TextFlow flow(List<Markdown.Inline> inlines, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        flow.getChildren().addAll(texts(inlines));
        return flow;
    }

    /** A one-line text with inline marks (a goal, a question) as a wrapping flow. */
    static TextFlow inline(String text, String styleClass) {
        return flow(Markdown.inlines(text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ")), styleClass);
    }

    static List<Text> texts(List<Markdown.Inline> inlines) {
        return inlines.stream().map(MarkdownView::text).toList();
    }

    private static Text text(Markdown.Inline in) {
        Text t = new Text(in.text());
        if (in instanceof Markdown.Emphasis) {
            t.getStyleClass().add("md-emphasis");
        } else if (in instanceof Markdown.Strong) {
            t.getStyleClass().add("md-strong");
        } else if (in instanceof Markdown.Code) {
            t.getStyleClass().add("md-code");
        } else {
            t.getStyleClass().add("md-text");
        }
        return t;
    }
}
