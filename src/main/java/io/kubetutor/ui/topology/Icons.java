package io.kubetutor.ui.topology;

import io.kubetutor.ui.layout.PodHealth;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;

/**
 * The topology's symbols as vector shapes: the bundled fonts have no ✓ ✗ ⏳ ⟳ glyphs, and a
 * classroom machine may have no font that does, so the state symbols are drawn, never typed.
 */
final class Icons {
    static final String CHECK = "M3.5 8.2 L6.6 11.2 L12.5 4.6";
    static final String CROSS = "M4.5 4.5 L11.5 11.5 M11.5 4.5 L4.5 11.5";
    static final String HOURGLASS = "M4.5 3 H11.5 M4.5 13 H11.5 M5.3 3 C5.3 6.4 8 6.9 8 8 C8 9.1 5.3 9.6 5.3 13"
            + " M10.7 3 C10.7 6.4 8 6.9 8 8 C8 9.1 10.7 9.6 10.7 13";
    static final String CYCLE = "M12 8 A4 4 0 1 1 10.3 4.7 M10.6 2.2 L10.5 4.9 L7.8 4.9";
    static final String SQUARE = "M5 5 H11 V11 H5 Z";
    static final String LAPTOP = "M5 5 H19 V15 H5 Z M2 18 H22 L20.5 15.5 H3.5 Z";
    static final String CLOUD = "M7 18 H17.5 A4 4 0 0 0 18 10.1 A6 6 0 0 0 6.6 9 A4.5 4.5 0 0 0 7 18 Z";
    static final String GLOBE = "M12 3 A9 9 0 1 0 12.01 3 Z M3 12 H21 M12 3 C8 7 8 17 12 21 M12 3 C16 7 16 17 12 21";
    static final String LOCK = "M6 11 H18 V20 H6 Z M8.5 11 V8 A3.5 3.5 0 0 1 15.5 8 V11";

    private Icons() {
    }

    /** A state badge: a coloured disc with the symbol drawn in it (colour and shape together). */
    static StackPane health(PodHealth h) {
        Circle disc = new Circle(8);
        disc.getStyleClass().add("health-disc");
        SVGPath mark = path(symbol(h), "health-mark");
        StackPane badge = new StackPane(disc, mark);
        badge.getStyleClass().addAll("health-badge", healthClass(h));
        badge.setMinSize(18, 18);
        badge.setMaxSize(18, 18);
        return badge;
    }

    static void setHealth(StackPane badge, PodHealth h) {
        String wanted = healthClass(h);
        if (!badge.getStyleClass().contains(wanted)) {
            badge.getStyleClass().removeIf(c -> c.startsWith("health-") && !c.equals("health-badge"));
            badge.getStyleClass().add(wanted);
            ((SVGPath) badge.getChildren().get(1)).setContent(symbol(h));
        }
    }

    static String healthClass(PodHealth h) {
        return "health-" + h.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String symbol(PodHealth h) {
        return switch (h) {
            case READY -> CHECK;
            case NOT_READY, FAILED -> CROSS;
            case STARTING -> HOURGLASS;
            case TERMINATING -> CYCLE;
            case COMPLETED -> SQUARE;
        };
    }

    static SVGPath path(String content, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(content);
        p.getStyleClass().add(styleClass);
        return p;
    }

    /** A 24-unit outline icon (laptop, cloud, globe). */
    static Node outline(String content) {
        return path(content, "outline-icon");
    }
}
