package io.kubetutor.ui.packets;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.FakeLayout;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.ui.playback.Traces;
import io.kubetutor.ui.theme.Fonts;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Measures the frame interval with N packets (default 500) moving over a 10-node cluster: pulses
 * are timed by a post-layout pulse listener after a warm-up, and packets that finish are replaced
 * so N stay in flight. Run under Xvfb with -Dprism.order=sw. Arguments: {@code n=500},
 * {@code seconds=10}, {@code warmup=3}.
 */
public final class PacketsFrameProbe {
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            run(stage, getParameters().getRaw());
        }
    }

    static int arg(List<String> args, String name, int fallback) {
        return args.stream().filter(a -> a.startsWith(name + "=")).mapToInt(a -> Integer.parseInt(a.substring(name.length() + 1)))
                .findFirst().orElse(fallback);
    }

    static void run(Stage stage, List<String> args) {
        int n = arg(args, "n", 500);
        long warmup = arg(args, "warmup", 3) * 1_000_000_000L;
        long seconds = arg(args, "seconds", 10) * 1_000_000_000L;
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<ClusterTopology.Node> nodes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            nodes.add(new ClusterTopology.Node("node" + (i + 1), "192.168.1." + (2 + i), "10.244." + i + ".0/24", false));
            names.add("node" + (i + 1));
        }
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology ten = new ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode());
        Traces cluster = new Traces(ten, Traces.webNodePort(30, "Cluster"));
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            traces.addAll(cluster.send("laptop", "http://192.168.1." + (2 + i) + ":30080/", RequestKind.CURL, 60));
        }
        FakeLayout layout = new FakeLayout(names, 5);
        FakeTopology topology = new FakeTopology(layout, cluster.last(), 880.0 / 5);
        topology.setCache(args.contains("cache"));
        PlaybackClock clock = new PlaybackClock();
        Playback playback = new Playback(clock, layout);
        PacketLayer layer = new PacketLayer(Messages.of(Locale.ENGLISH));
        PlaybackBar bar = new PlaybackBar(Messages.of(Locale.ENGLISH), clock, playback);
        BorderPane root = new BorderPane(new Pane(topology, layer));
        root.setBottom(bar);
        Scene scene = new Scene(root, 1280, 720);
        stage.setScene(scene);
        stage.show();
        playback.launchAll(traces.subList(0, n), 0);

        long[] pulses = new long[20_000];
        // CPU the FX and render threads spent per frame: what the frame costs, whatever else runs.
        long[] cpu = new long[20_000];
        long[] fxCpu = new long[20_000];
        long[] lastFx = {-1};
        long[] lastCpu = {-1};
        long[] renderThread = {-1};
        long[] renderNanos = new long[20_000];
        int[] counts = new int[2];
        long[] start = {0, 0};
        GarbageCollectorMXBean[] gcs = ManagementFactory.getGarbageCollectorMXBeans().toArray(new GarbageCollectorMXBean[0]);
        long[] gcBefore = new long[2];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] allocBefore = {0};
        int[] next = {n};
        int[] inFlight = {0, Integer.MAX_VALUE, 0};
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (start[0] == 0) {
                start[0] = now;
            }
            if (now - start[0] < warmup) {
                return;
            }
            if (counts[0] == 0) {
                for (GarbageCollectorMXBean g : gcs) {
                    gcBefore[0] += g.getCollectionCount();
                    gcBefore[1] += g.getCollectionTime();
                }
                allocBefore[0] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            }
            if (renderThread[0] < 0) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("QuantumRenderer")) {
                        renderThread[0] = t.getId();
                    }
                }
            }
            long fxNow = threads.getCurrentThreadCpuTime();
            long cpuNow = fxNow + threads.getThreadCpuTime(renderThread[0]);
            if (counts[0] < pulses.length) {
                cpu[counts[0]] = lastCpu[0] < 0 ? 0 : cpuNow - lastCpu[0];
                fxCpu[counts[0]] = lastFx[0] < 0 ? 0 : fxNow - lastFx[0];
                pulses[counts[0]++] = now;
            }
            lastCpu[0] = cpuNow;
            lastFx[0] = fxNow;
            if (now - start[0] > warmup + seconds && counts[1] >= 0) {
                long gcCount = -gcBefore[0];
                long gcTime = -gcBefore[1];
                for (GarbageCollectorMXBean g : gcs) {
                    gcCount += g.getCollectionCount();
                    gcTime += g.getCollectionTime();
                }
                long alloc = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocBefore[0];
                report(n, pulses, counts[0], renderNanos, counts[1], inFlight, gcCount, gcTime, alloc, seconds);
                long[] perFrame = Arrays.copyOfRange(cpu, 1, counts[0]);
                Arrays.sort(perFrame);
                System.out.printf(Locale.ROOT, "CPU per frame (FX + render thread) ms: p50=%.2f p95=%.2f p99=%.2f max=%.2f%n",
                        pct(perFrame, 50), pct(perFrame, 95), pct(perFrame, 99), perFrame[perFrame.length - 1] / 1e6);
                long[] fxFrame = Arrays.copyOfRange(fxCpu, 1, counts[0]);
                Arrays.sort(fxFrame);
                System.out.printf(Locale.ROOT, "  of which FX thread ms: p50=%.2f p95=%.2f p99=%.2f max=%.2f%n",
                        pct(fxFrame, 50), pct(fxFrame, 95), pct(fxFrame, 99), fxFrame[fxFrame.length - 1] / 1e6);
                counts[1] = Integer.MIN_VALUE;
                Platform.exit();
            }
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t0 = System.nanoTime();
                playback.advance(clock.advance(now));
                int missing = n - playback.inFlight();
                if (missing > 0) {
                    List<Trace> more = new ArrayList<>(missing);
                    for (int i = 0; i < missing; i++) {
                        more.add(traces.get(next[0]++ % traces.size()));
                    }
                    playback.launchAll(more, 0);
                }
                var sprites = playback.frame(layout);
                layer.render(sprites);
                bar.refresh();
                if (counts[0] > 0 && counts[1] >= 0 && counts[1] < renderNanos.length) {
                    renderNanos[counts[1]++] = System.nanoTime() - t0;
                    inFlight[0] += sprites.size();
                    inFlight[1] = Math.min(inFlight[1], sprites.size());
                    inFlight[2] = Math.max(inFlight[2], sprites.size());
                }
            }
        }.start();
    }

    static void report(int n, long[] pulses, int count, long[] render, int renders, int[] inFlight, long gcCount,
                       long gcMillis, long allocated, long seconds) {
        long[] gaps = new long[count - 1];
        for (int i = 1; i < count; i++) {
            gaps[i - 1] = pulses[i] - pulses[i - 1];
        }
        Arrays.sort(gaps);
        long[] work = Arrays.copyOf(render, renders);
        Arrays.sort(work);
        System.out.printf(Locale.ROOT, "packets=%d frames=%d sprites/frame min=%d avg=%.0f max=%d%n", n, count, inFlight[1],
                (double) inFlight[0] / Math.max(1, renders), inFlight[2]);
        System.out.printf(Locale.ROOT, "pulse interval ms: p50=%.2f p95=%.2f p99=%.2f max=%.2f%n", pct(gaps, 50),
                pct(gaps, 95), pct(gaps, 99), gaps[gaps.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "advance+frame+render ms: p50=%.2f p99=%.2f max=%.2f%n", pct(work, 50),
                pct(work, 99), work[work.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "GC during measurement: %d collections, %d ms; FX thread allocated %.1f MB/s%n",
                gcCount, gcMillis, allocated / 1e6 / (seconds / 1e9));
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
