package io.kubetutor.ui.theme;

import java.util.List;
import javafx.scene.Node;

/**
 * Style class changes made only when something changes: any edit of a node's style classes makes
 * JavaFX match its CSS again, which over a hundred cards or rows costs a frame.
 */
public final class StyleClasses {
    private StyleClasses() {
    }

    public static void toggle(Node n, String styleClass, boolean on) {
        if (on != n.getStyleClass().contains(styleClass)) {
            if (on) {
                n.getStyleClass().add(styleClass);
            } else {
                n.getStyleClass().remove(styleClass);
            }
        }
    }

    /** Makes the node's classes starting with one of {@code prefixes} exactly {@code wanted}. */
    public static void replace(Node n, List<String> prefixes, List<String> wanted) {
        List<String> now = n.getStyleClass().stream().filter(c -> prefixes.stream().anyMatch(c::startsWith)).toList();
        if (now.size() == wanted.size() && now.containsAll(wanted)) {
            return;
        }
        n.getStyleClass().removeAll(now);
        n.getStyleClass().addAll(wanted);
    }
}
