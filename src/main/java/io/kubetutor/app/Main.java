package io.kubetutor.app;

import io.kubetutor.cli.TutorCli;

/**
 * The one entry point of the jar: with a subcommand it runs the headless CLI (no JavaFX class is
 * loaded then), without arguments it opens the desktop app.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(TutorCli.run(args));
        }
        TutorApp.launchApp(args);
    }
}
