package io.kubetutor.app;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * How many nodes the window's scene graph holds. JavaFX walks every one of them for bounds in
 * every pulse, so the count is a cost of each frame; a count that grows over time is a leak.
 */
final class SceneCensus {
    private SceneCensus() {
    }

    static int count(Node root) {
        int n = 1;
        if (root instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                n += count(c);
            }
        }
        return n;
    }

    /** The count under each child of {@code root} and one level below, largest parts first. */
    static Map<String, Integer> byPart(Parent root, int depth) {
        Map<String, Integer> parts = new TreeMap<>();
        collect(root, "", depth, parts);
        return parts;
    }

    private static void collect(Parent p, String path, int depth, Map<String, Integer> parts) {
        for (Node c : p.getChildrenUnmodifiable()) {
            String name = path + "/" + c.getClass().getSimpleName()
                    + (c.getStyleClass().isEmpty() ? "" : "." + c.getStyleClass().get(0));
            if (depth > 1 && c instanceof Parent cp) {
                collect(cp, name, depth - 1, parts);
            } else {
                parts.merge(name, count(c), Integer::sum);
            }
        }
    }
}
