package io.kubetutor.ui.topology;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.Pod;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Prints how long the view takes with 10 nodes and 100 pods (not a test: timings vary by
 * machine): for each state, {@code show} itself and the CSS + layout part of the next pulse
 * (measured between the scene's pre- and post-layout pulse listeners), as CPU time of the FX
 * thread, for the first drawing,
 * a pod deleted and replaced, a readiness flip, and a state that changes nothing drawn.
 */
public class TopologyTimings extends Application {
    /** FX-thread CPU time, not wall time: these machines share their cores, which inflates wall time. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static Stage stage;
    private static final CompletableFuture<Void> STARTED = new CompletableFuture<>();
    private final AtomicLong preLayout = new AtomicLong();

    @Override
    public void start(Stage s) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = s;
        stage.setScene(new Scene(new TopologyView(Messages.of(Locale.ENGLISH)), 1280, 720));
        stage.show();
        STARTED.complete(null);
    }

    public static final class Main {
        public static void main(String[] args) throws Exception {
            new Thread(() -> Application.launch(TopologyTimings.class, args)).start();
            STARTED.get();
            for (int round = 0; round < 5; round++) {
                run(round);
            }
            Platform.exit();
        }
    }

    private static void run(int round) throws Exception {
        Clusters c = Clusters.large();
        TopologyView v = onFx(() -> {
            TopologyView view = new TopologyView(Messages.of(Locale.ENGLISH));
            stage.getScene().setRoot(view);
            return view;
        });
        String first = time(v, c.states);
        int from = c.states.size();
        String victim = c.last().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-"))
                .findFirst().orElseThrow().name();
        c.session.kubectl(List.of("delete", "pod", victim)).join();
        c.session.advanceBy(40_000);
        String delete = time(v, new ArrayList<>(c.states.subList(from, c.states.size())));
        from = c.states.size();
        String other = c.last().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-"))
                .reduce((a, b) -> b).orElseThrow().name();
        c.session.setAppAnswers("default", other, false);
        c.session.advanceBy(20_000);
        String flip = time(v, new ArrayList<>(c.states.subList(from, c.states.size())));
        from = c.states.size();
        c.session.send("laptop", "http://192.168.1.3:30080/", io.kubetutor.sim.net.RequestKind.CURL, 1);
        String same = time(v, new ArrayList<>(c.states.subList(from, c.states.size())));
        System.out.printf("round %d%n  first drawing: %s%n  delete+replace: %s%n  readiness flip: %s%n"
                + "  unchanged: %s%n", round, first, delete, flip, same);
    }

    /** Per state "show+pulse" in ms, where pulse is the CSS and layout work of the frame after it. */
    private static String time(TopologyView v, List<SessionState> states) throws Exception {
        StringBuilder out = new StringBuilder();
        for (SessionState s : states) {
            long[] showNanos = new long[1];
            CompletableFuture<Long> pulse = new CompletableFuture<>();
            onFx(() -> {
                Scene scene = v.getScene();
                long[] pre = new long[1];
                Runnable before = () -> pre[0] = CPU.getCurrentThreadCpuTime();
                Runnable[] after = new Runnable[1];
                after[0] = () -> {
                    pulse.complete(CPU.getCurrentThreadCpuTime() - pre[0]);
                    scene.removePreLayoutPulseListener(before);
                    scene.removePostLayoutPulseListener(after[0]);
                };
                scene.addPreLayoutPulseListener(before);
                scene.addPostLayoutPulseListener(after[0]);
                long t0 = CPU.getCurrentThreadCpuTime();
                v.show(s);
                showNanos[0] = CPU.getCurrentThreadCpuTime() - t0;
                Platform.requestNextPulse();
                return null;
            });
            long layout = pulse.get();
            out.append(String.format(" %.1f+%.1f", showNanos[0] / 1e6, layout / 1e6));
        }
        return out.toString();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }
}
