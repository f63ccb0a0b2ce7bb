package io.kubetutor.ui.topology;

import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.TranslateTransition;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/** The short transitions the topology uses: things fade in, fade out, slide to a new place. No timers. */
final class Fades {
    static final Duration IN = Duration.millis(350);
    static final Duration OUT = Duration.millis(600);
    static final Duration MOVE = Duration.millis(300);
    static final Duration CALLOUT_STAY = Duration.millis(2600);
    /** Off for previews and measurements that want the end state at once. */
    boolean enabled = true;
    /**
     * Transitions playing now among nodes, pods, cards and lines, and who wants to know when that
     * count changes (the layer caches, which stop caching the still picture while it moves).
     */
    private int running;
    private Runnable onRunningChanged = () -> { };

    void onRunningChanged(Runnable r) {
        onRunningChanged = r;
    }

    int running() {
        return running;
    }

    /** Plays {@code a}, then {@code after}, keeping count of what is playing. */
    private void play(Animation a, Runnable after) {
        running++;
        if (running == 1) {
            onRunningChanged.run();
        }
        a.setOnFinished(e -> {
            after.run();
            running--;
            if (running == 0) {
                onRunningChanged.run();
            }
        });
        a.play();
    }

    void in(Node n) {
        if (!enabled) {
            n.setOpacity(1);
            return;
        }
        n.setOpacity(0);
        FadeTransition f = new FadeTransition(IN, n);
        f.setToValue(1);
        play(f, () -> { });
    }

    /** Fades {@code n} out, then takes it off {@code layer}; it no longer takes clicks meanwhile. */
    void outAndRemove(Node n, Pane layer) {
        n.setMouseTransparent(true);
        if (!enabled) {
            layer.getChildren().remove(n);
            return;
        }
        FadeTransition f = new FadeTransition(OUT, n);
        f.setToValue(0);
        play(f, () -> layer.getChildren().remove(n));
    }

    /** Shows a callout for a moment: fade in, stay, fade out, gone. */
    void flash(Node n, Pane layer) {
        n.setMouseTransparent(true);
        if (!enabled) {
            layer.getChildren().remove(n);
            return;
        }
        n.setOpacity(0);
        FadeTransition in = new FadeTransition(Duration.millis(200), n);
        in.setToValue(1);
        FadeTransition out = new FadeTransition(OUT, n);
        out.setToValue(0);
        SequentialTransition s = new SequentialTransition(in, new PauseTransition(CALLOUT_STAY), out);
        // Callouts sit above the still picture: showing one does not redraw it, so it is not counted.
        s.setOnFinished(e -> layer.getChildren().remove(n));
        s.play();
    }

    /** Moves a node already relocated to its new place from where it showed before, smoothly. */
    void slideFrom(Node n, double oldX, double oldY) {
        double dx = oldX - n.getLayoutX();
        double dy = oldY - n.getLayoutY();
        if (!enabled || (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5)) {
            n.setTranslateX(0);
            n.setTranslateY(0);
            return;
        }
        n.setTranslateX(dx);
        n.setTranslateY(dy);
        TranslateTransition t = new TranslateTransition(MOVE, n);
        t.setToX(0);
        t.setToY(0);
        play(t, () -> { });
    }
}
