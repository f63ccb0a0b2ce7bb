package io.kubetutor.app;

import io.kubetutor.cli.TutorCli;

/**
 * The one entry point of the jar: with a subcommand it runs the headless CLI (no JavaFX class is
 * loaded then), without arguments it opens the desktop app; {@code --probe-startup}, {@code --probe-frames}
 * and {@code --probe-edit} open it and measure (see {@link Probes}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--probe-")) {
            System.exit(TutorCli.run(args));
        }
        if (args.length > 0 && args[0].equals("--probe-bare")) {
            javafx.application.Application.launch(BareWindow.class, args);
            return;
        }
        TutorApp.launchApp(args);
    }
}
