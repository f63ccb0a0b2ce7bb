package io.kubetutor.ui.editor;

import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.CodeArea;

/**
 * The current-line highlight takes a Paint, not CSS; to follow the theme (a faint dark tint on
 * a light background, a faint light one on a dark background) an invisible region carries the
 * stylesheet's {@code -yaml-current-line} colour and the highlight copies it whenever the
 * theme changes it.
 */
final class CurrentLineColour {
    private CurrentLineColour() {
    }

    static void follow(Pane editor, CodeArea area) {
        Region probe = new Region();
        probe.getStyleClass().add("current-line-probe");
        probe.setManaged(false);
        probe.setVisible(false);
        editor.getChildren().add(probe);
        area.setLineHighlighterFill(Color.rgb(128, 128, 128, 0.08));
        probe.backgroundProperty().addListener((o, a, b) -> copy(b, area));
    }

    private static void copy(Background background, CodeArea area) {
        if (background != null && !background.getFills().isEmpty()) {
            area.setLineHighlighterFill(background.getFills().get(0).getFill());
        }
    }
}
