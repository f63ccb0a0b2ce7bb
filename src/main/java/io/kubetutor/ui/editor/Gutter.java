package io.kubetutor.ui.editor;

import java.util.Map;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The left margin of each line: a problem marker (✗ ⚠ ℹ, so a problem never shows by colour
 * alone) and the line number, padded to the widest number so every line's gutter is as wide.
 * The editor builds a new gutter whenever the markers, the number width or the font size
 * change; the text area then redraws the visible lines' margins.
 */
final class Gutter implements IntFunction<Node> {
    private final CodeArea area;
    private final Map<Integer, Problem> worstByLine;
    private final String numberFormat;
    private final int fontSize;

    Gutter(CodeArea area, Map<Integer, Problem> worstByLine, int digits, int fontSize) {
        this.area = area;
        this.worstByLine = worstByLine;
        this.numberFormat = "%" + Math.max(2, digits) + "d";
        this.fontSize = fontSize;
    }

    /** How many digits the largest line number of {@code paragraphs} lines has. */
    static int digits(int paragraphs) {
        return Integer.toString(Math.max(1, paragraphs)).length();
    }

    @Override
    public Node apply(int paragraph) {
        Label marker = new Label();
        marker.getStyleClass().add("marker");
        Problem problem = worstByLine.get(paragraph + 1);
        if (problem != null) {
            marker.setText(problem.symbol());
            marker.getStyleClass().add(problem.styleClass());
            Tooltip tip = new Tooltip(problem.summary());
            tip.setWrapText(true);
            tip.setMaxWidth(560);
            marker.setTooltip(tip);
        }
        Label number = new Label(String.format(numberFormat, paragraph + 1));
        number.getStyleClass().add("line-number");
        HBox box = new HBox(marker, number);
        box.getStyleClass().add("gutter");
        if (paragraph == area.getCurrentParagraph()) {
            box.getStyleClass().add("current");
        }
        box.setStyle("-fx-font-size: " + fontSize + "px;");
        return box;
    }
}
