package io.kubetutor.app;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The startup probe: milliseconds from the JVM's start (the process's start instant, as the OS
 * recorded it) to the first pulse that laid out the shown scene, the pulse that renders the first
 * frame. The same code measures the app and a bare JavaFX window, so the two compare fairly.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    public static void measure(Scene scene, LongConsumer millisSinceJvmStart) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing() || scene.getRoot().isNeedsLayout()) {
                return;
            }
            scene.removePostLayoutPulseListener(self[0]);
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            millisSinceJvmStart.accept(Duration.between(start, Instant.now()).toMillis());
        };
        scene.addPostLayoutPulseListener(self[0]);
        // A pulse is requested so the listener runs even when nothing else asks for one.
        Platform.requestNextPulse();
    }

    /** Prints the figure in the probe's one-line format and leaves. */
    public static void printAndExit(String what, long millis) {
        System.out.println("first-frame-ms " + what + " " + millis);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }
}
