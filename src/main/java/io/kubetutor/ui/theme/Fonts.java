package io.kubetutor.ui.theme;

import javafx.scene.text.Font;

/**
 * The bundled fonts (NanumSquare for text, NanumGothicCoding for YAML and the console; SIL OFL,
 * see fonts/OFL.txt): they render Hangul on machines without CJK fonts, so a Korean classroom
 * sees Korean, not boxes. Loaded once before the first scene.
 */
public final class Fonts {
    public static final String TEXT = "NanumSquare";
    public static final String CODE = "NanumGothicCoding";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String f : new String[] {"NanumSquareR.ttf", "NanumSquareB.ttf", "NanumGothicCoding.ttf"}) {
            try (var in = Fonts.class.getResourceAsStream("/io/kubetutor/ui/fonts/" + f)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (java.io.IOException e) {
                // A missing font falls back to the system's; the window still works.
            }
        }
        loaded = true;
    }
}
