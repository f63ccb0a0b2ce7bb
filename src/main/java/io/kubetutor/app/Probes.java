package io.kubetutor.app;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.session.SessionState;
import io.kubetutor.session.Topologies;
import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.UiParts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The in-app probes, run on demand from the command line (never in unit tests):
 * <ul>
 * <li>{@code --probe-startup}: time from JVM start to the main window's first frame;</li>
 * <li>{@code --probe-frames}: rendered-frame intervals while 500 packets fly over a 10-node,
 * 100-pod cluster (p50/p95/p99);</li>
 * <li>{@code --probe-edit}: from an edit of a 200-line manifest being applied to the topology
 * redrawn with its result (p50/p95), over 60 edits.</li>
 * </ul>
 */
final class Probes {
    static final int PACKETS = 500;

    private Probes() {
    }

    static void attach(MainWindow window, List<String> args) {
        Scene scene = window.stage().getScene();
        if (args.contains("--probe-startup")) {
            // The whole window, built after the first frame: when its first full frame is drawn.
            FirstFrame.measure(scene, ms -> {
                System.out.println("window-ready-ms app " + ms);
                javafx.application.Platform.exit();
                System.exit(0);
            });
        } else if (args.contains("--probe-frames")) {
            new FrameProbe(window).start();
        } else if (args.contains("--probe-edit")) {
            new EditProbe(window).start();
        }
    }

    /** A Deployment of {@code replicas} nginx pods and a NodePort Service in front of it. */
    static String webManifest(String name, int replicas, int nodePort) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %1$s
                  labels:
                    app: %1$s
                spec:
                  replicas: %2$d
                  selector:
                    matchLabels:
                      app: %1$s
                  template:
                    metadata:
                      labels:
                        app: %1$s
                    spec:
                      containers:
                      - name: %1$s
                        image: nginx:1.27
                        ports:
                        - containerPort: 80
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: %1$s
                spec:
                  type: NodePort
                  selector:
                    app: %1$s
                  ports:
                  - port: 80
                    nodePort: %3$d
                """.formatted(name, replicas, nodePort);
    }

    static String percentiles(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        if (s.isEmpty()) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "n=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f ms", s.size(), at(s, 0.50),
                at(s, 0.95), at(s, 0.99), s.get(s.size() - 1));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    /** 500 packets in flight on 10 nodes and 100 pods; frame intervals for 10 seconds of flight. */
    static final class FrameProbe {
        private final MainWindow window;
        private final UiParts parts;
        private final List<Double> intervals = new ArrayList<>();
        private long last = -1;
        private long measuringSince = -1;
        private boolean launched;
        /** The 500 traces, launched again whenever the last of them has landed. */
        private List<io.kubetutor.sim.net.Trace> traces = List.of();

        FrameProbe(MainWindow window) {
            this.window = window;
            this.parts = window.parts();
        }

        void start() {
            window.resetCluster(Topologies.withNodes(ClusterTopology.defaults(), 10));
            String text = webManifest("web", 100, 30080);
            parts.editor().setText(text);
            parts.session().applyText(text);
            parts.session().advanceBy(60_000);
            parts.dispatcher().addView(this::onState);
            window.stage().getScene().addPostLayoutPulseListener(this::pulse);
        }

        private void onState(SessionState s) {
            statesSeen++;
            long ready = s.snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-")
                    && !p.status().podIP().isEmpty()).count();
            if (!launched && ready >= 100) {
                launched = true;
                parts.session().send("laptop", "http://192.168.1.2:30080/", RequestKind.CURL, PACKETS);
            } else if (launched && s.newTraces().size() >= PACKETS) {
                traces = s.newTraces();
                parts.playback().clear();
                parts.playback().launchAll(traces, 3);
                parts.topology().zoomToFit();
                for (int i = 0; i < Integer.getInteger("probe.zoomIns", 0); i++) {
                    parts.topology().zoomIn();
                }
                measuringSince = System.nanoTime();
                cpu.start();
            }
        }

        /** What the long frames had in them: a GC, a state from the engine, a relaunch of the 500. */
        private int longWithGc;
        private int longWithState;
        private int longWithLaunch;
        private int longFrames;
        private long gcCount = gcs();
        private final ThreadCpu cpu = new ThreadCpu();
        private long[] cpuLast = new long[3];
        private long statesSeen;
        private long statesAtLast;
        private boolean launchedLast;

        private static long gcs() {
            long n = 0;
            for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                n += Math.max(0, b.getCollectionCount());
            }
            return n;
        }

        private void pulse() {
            long now = System.nanoTime();
            long gcNow = gcs();
            if (measuringSince > 0 && last > 0 && now - measuringSince > 500_000_000L) {
                double ms = (now - last) / 1e6;
                intervals.add(ms);
                if (ms > 20) {
                    if (Boolean.getBoolean("probe.longFrames")) {
                        long[] cpuNow = cpu.now();
                        System.out.printf(Locale.ROOT, "    long frame %.1f ms: FX %.1f, renderer %.1f, engine %.1f ms cpu%n", ms,
                                (cpuNow[0] - cpuLast[0]) / 1e6, (cpuNow[1] - cpuLast[1]) / 1e6, (cpuNow[2] - cpuLast[2]) / 1e6);
                    }
                    longFrames++;
                    longWithGc += gcNow != gcCount ? 1 : 0;
                    longWithState += statesSeen != statesAtLast ? 1 : 0;
                    longWithLaunch += launchedLast ? 1 : 0;
                }
            }
            gcCount = gcNow;
            if (Boolean.getBoolean("probe.longFrames")) {
                cpuLast = cpu.now();
            }
            statesAtLast = statesSeen;
            last = now;
            launchedLast = false;
            if (measuringSince > 0 && !parts.playback().busy()) {
                parts.playback().launchAll(traces, 3);
                launchedLast = true;
            }
            if (measuringSince > 0 && now - measuringSince > 10_500_000_000L) {
                System.out.println("frame-interval " + percentiles(intervals) + " with " + PACKETS
                        + " packets launched, 10 nodes, 100 pods, prism.order=" + System.getProperty("prism.order"));
                System.out.println("  " + cpu.report(intervals.size()) + "; scene nodes "
                        + SceneCensus.count(window.stage().getScene().getRoot()));
                if (Boolean.getBoolean("probe.census")) {
                    SceneCensus.byPart(window.stage().getScene().getRoot(), 12).entrySet().stream()
                            .filter(e -> e.getValue() > 40)
                            .forEach(e -> System.out.println("    " + e.getValue() + " " + e.getKey()));
                }
                System.out.println("  frames over 20 ms: " + longFrames + ", with a GC " + longWithGc + ", with an engine"
                        + " state " + longWithState + ", after relaunching the packets " + longWithLaunch);
                Platform.exit();
                System.exit(0);
            }
            Platform.requestNextPulse();
        }
    }
}
