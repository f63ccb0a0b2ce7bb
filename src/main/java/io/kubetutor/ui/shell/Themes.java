package io.kubetutor.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light and dark, from AtlantaFX; every part's stylesheet uses its looked-up colours. */
public final class Themes {
    private Themes() {
    }

    /** Sets the theme for the whole application ("light" or "dark") before or after the window opens. */
    public static void apply(String name) {
        Application.setUserAgentStylesheet("dark".equals(name) ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    static void apply(MainWindow window, String name) {
        apply(name);
        window.settings().put("theme", name);
    }
}
