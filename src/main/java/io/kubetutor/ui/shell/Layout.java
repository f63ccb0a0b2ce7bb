package io.kubetutor.ui.shell;

import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * The window's geometry as the user left it: size, maximised, and each split's dividers. The
 * defaults suit a 1280×720 projector: editor about a quarter, the topology the most, the tabs a
 * quarter, the console a sixth of the height, the Problems list a few lines under the editor.
 */
final class Layout {
    private final WindowSettings settings;

    Layout(WindowSettings settings) {
        this.settings = settings;
    }

    double width() {
        return clamp(settings.number("window.width", 1280), 800, 8000);
    }

    double height() {
        return clamp(settings.number("window.height", 720), 560, 8000);
    }

    void restore(Stage stage, SplitPane left, SplitPane main, SplitPane outer) {
        left.setDividerPositions(fraction("split.left", 0.86));
        main.setDividerPositions(fraction("split.main.0", 0.25), fraction("split.main.1", 0.69));
        outer.setDividerPositions(fraction("split.outer", 0.82));
        stage.setMaximized(settings.flag("window.maximized", false));
    }

    void remember(Stage stage, SplitPane left, SplitPane main, SplitPane outer) {
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && stage.getScene() != null) {
            settings.put("window.width", stage.getScene().getWidth());
            settings.put("window.height", stage.getScene().getHeight());
        }
        settings.put("split.left", left.getDividerPositions()[0]);
        settings.put("split.main.0", main.getDividerPositions()[0]);
        settings.put("split.main.1", main.getDividerPositions()[1]);
        settings.put("split.outer", outer.getDividerPositions()[0]);
    }

    /** The lesson pane's share of the left column while a lesson is open. */
    double lessonSplit() {
        return fraction("split.lesson", LessonWiring.DEFAULT_SPLIT);
    }

    void rememberLessonSplit(double fraction) {
        settings.put("split.lesson", fraction);
    }

    private double fraction(String key, double fallback) {
        return clamp(settings.number(key, fallback), 0.05, 0.95);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
