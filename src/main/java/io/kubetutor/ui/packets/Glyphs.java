package io.kubetutor.ui.packets;

import javafx.scene.shape.SVGPath;

/**
 * Small symbols drawn as paths, so they look the same on every machine: a classroom PC without an
 * emoji or symbol font would show ✗, 📌 or ⏯ as empty boxes.
 */
final class Glyphs {
    static final String CROSS = "M-4,-4 L4,4 M4,-4 L-4,4";
    static final String CHECK = "M-4,0 L-1.5,3.5 L4,-3.5";
    static final String ELLIPSIS = "M-4.5,0 h1 M-0.5,0 h1 M3.5,0 h1";
    /** A pushpin leaning right: round head, collar, needle. */
    static final String PIN = "M2,-9 a4,4 0 1 1 5.6,5.6 l-1.8,1.8 l1,4 l-1.6,1.6 l-3.2,-3.2 l-5,5 l-0.8,-0.8 "
            + "l5,-5 l-3.2,-3.2 l1.6,-1.6 l4,1 z";
    static final String PLAY = "M0,0 L0,14 L11,7 z";
    static final String PAUSE = "M0,0 h4 v14 h-4 z M7,0 h4 v14 h-4 z";
    static final String STEP_FORWARD = "M0,0 L0,14 L9,7 z M10,0 h3 v14 h-3 z";
    static final String STEP_BACK = "M13,0 L13,14 L4,7 z M0,0 h3 v14 h-3 z";
    static final String REPLAY = "M7,1 a6,6 0 1 1 -6,6 h2.4 a3.6,3.6 0 1 0 3.6,-3.6 v2.6 l-4,-3.8 l4,-3.8 z";

    private Glyphs() {
    }

    /** A stroked symbol (cross, check, dots). */
    static SVGPath stroked(String path, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add(styleClass);
        p.setMouseTransparent(true);
        return p;
    }

    /** A filled symbol (icons, the pin). */
    static SVGPath filled(String path, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add(styleClass);
        return p;
    }
}
