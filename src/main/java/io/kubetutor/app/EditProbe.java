package io.kubetutor.app;

import io.kubetutor.model.Deployment;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.UiParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.application.Platform;

/**
 * {@code --probe-edit}: edits of a 200-line manifest (seven Deployments with NodePort Services; one
 * Deployment's replicas flip between 2 and 3), one per typing pause as the editor hands them over,
 * each timed from the moment the text is handed to
 * the engine to the end of the layout pass of the pulse that shows its result. Besides that
 * end-to-end time it reports the work alone: the engine's apply (with any tick it queued behind),
 * the views' handling of the state and that pulse's CSS and layout — the end-to-end time adds the
 * waits for the FX thread and for the next 60 Hz pulse, which no amount of work removes.
 */
final class EditProbe {
    static final int EDITS = 60;
    private static final int WARM_UP = 6;

    private final MainWindow window;
    private final UiParts parts;
    private final List<Double> endToEnd = new ArrayList<>();
    private final List<Double> work = new ArrayList<>();
    private final List<Double> engine = new ArrayList<>();
    /** Per edit: engine, views, CSS+layout (ms), to show what the slowest edits spent their time on. */
    private final List<double[]> split = new ArrayList<>();
    private final Map<Integer, Long> viewNanos = new TreeMap<>();
    private final String[] texts = new String[2];
    private int edit;
    private long submitted;
    private long viewsNanosThisEdit;
    private long[] perView = new long[16];
    private long offered;
    private long preLayout;
    /** What the edited Deployment's replicas must read in the state that carries this edit. */
    private int awaitedReplicas = -1;
    private boolean drawnPending;

    EditProbe(MainWindow window) {
        this.window = window;
        this.parts = window.parts();
    }

    void start() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            String sep = i == 0 ? "" : "---\n";
            a.append(sep).append(Probes.webManifest("app" + i, 2, 30100 + i));
            b.append(sep).append(Probes.webManifest("app" + i, i == 3 ? 3 : 2, 30100 + i));
        }
        texts[0] = a.toString();
        texts[1] = b.toString();
        System.out.println("edit-probe manifest lines: " + texts[0].lines().count());
        parts.dispatcher().setTiming((nanos, view) -> {
            if (awaitedReplicas >= 0 || drawnPending) {
                viewsNanosThisEdit += nanos;
                if (view < perView.length) {
                    perView[view] += nanos;
                }
                if (edit > WARM_UP) {
                    viewNanos.merge(view, nanos, Long::sum);
                }
            }
        });
        parts.dispatcher().addView(this::onState);
        window.stage().getScene().addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
        window.stage().getScene().addPostLayoutPulseListener(this::pulse);
        parts.session().applyText(texts[0]);
        Platform.runLater(this::next);
    }

    private void onState(SessionState s) {
        if (awaitedReplicas >= 0 && replicas(s) == awaitedReplicas) {
            awaitedReplicas = -1;
            offered = parts.dispatcher().offeredNanos(s.version());
            drawnPending = true;
            Platform.requestNextPulse();
        }
    }

    private static int replicas(SessionState s) {
        return s.snapshot().all(Deployment.class).stream().filter(d -> d.name().equals("app3"))
                .mapToInt(d -> d.spec().replicas() == null ? 1 : d.spec().replicas()).findFirst().orElse(-1);
    }

    private void next() {
        edit++;
        viewsNanosThisEdit = 0;
        perView = new long[16];
        awaitedReplicas = edit % 2 == 1 ? 3 : 2;
        submitted = System.nanoTime();
        // The engine gets the text as the editor hands it over after its typing pause.
        parts.session().applyText(texts[edit % 2]);
    }

    private void pulse() {
        if (!drawnPending) {
            return;
        }
        drawnPending = false;
        long now = System.nanoTime();
        if (edit > WARM_UP) { // the first edits warm up the JIT
            endToEnd.add((now - submitted) / 1e6);
            engine.add((offered - submitted) / 1e6);
            work.add(((offered - submitted) + viewsNanosThisEdit + (now - preLayout)) / 1e6);
            double[] row = new double[3 + perView.length];
            row[0] = (offered - submitted) / 1e6;
            row[1] = viewsNanosThisEdit / 1e6;
            row[2] = (now - preLayout) / 1e6;
            for (int i = 0; i < perView.length; i++) {
                row[3 + i] = perView[i] / 1e6;
            }
            split.add(row);
        }
        if (endToEnd.size() >= EDITS) {
            report();
            Platform.exit();
            System.exit(0);
        }
        // The next edit comes after the editor's typing pause, as a learner's edits reach the
        // engine: back to back, each edit's fades and callouts would still be playing over the next.
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(io.kubetutor.ui.editor.YamlEditor.APPLY_PAUSE_MILLIS));
        pause.setOnFinished(e -> next());
        pause.play();
    }

    private void report() {
        long lines = texts[0].lines().count();
        System.out.println("edit-to-redraw " + Probes.percentiles(endToEnd) + " (" + lines + "-line manifest)");
        System.out.println("  work (engine + views + CSS/layout) " + Probes.percentiles(work));
        System.out.println("  engine apply, from hand-over to state " + Probes.percentiles(engine));
        split.sort((x, y) -> Double.compare(y[0] + y[1] + y[2], x[0] + x[1] + x[2]));
        for (double[] p : split.subList(0, Math.min(5, split.size()))) {
            StringBuilder views = new StringBuilder();
            for (int i = 3; i < p.length; i++) {
                if (p[i] >= 0.5) {
                    views.append(String.format(Locale.ROOT, " v%d=%.1f", i - 3, p[i]));
                }
            }
            System.out.printf(Locale.ROOT, "  slow edit: engine %.1f, views %.1f (%s), CSS+layout %.1f ms%n", p[0], p[1],
                    views.toString().strip(), p[2]);
        }
        viewNanos.forEach((v, n) -> System.out.printf(Locale.ROOT, "  view %d: %.2f ms per edit%n", v,
                n / 1e6 / endToEnd.size()));
    }
}
