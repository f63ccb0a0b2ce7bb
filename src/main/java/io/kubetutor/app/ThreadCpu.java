package io.kubetutor.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time spent by the FX thread and the renderer while the frame probe measures. Unlike frame
 * intervals, CPU time barely moves when other processes share the cores, so two ways of drawing can
 * be compared on a busy machine; the intervals stay the figure the goal is judged on.
 */
final class ThreadCpu {
    private static final String[] WATCHED = {"JavaFX Application Thread", "QuantumRenderer", "engine"};
    private final ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    private Map<String, Long> atStart = Map.of();

    void start() {
        atStart = sample();
    }

    String report(int frames) {
        Map<String, Long> now = sample();
        StringBuilder b = new StringBuilder("cpu per frame:");
        for (String w : WATCHED) {
            long used = now.getOrDefault(w, 0L) - atStart.getOrDefault(w, 0L);
            b.append(String.format(Locale.ROOT, " %s %.2f ms", w.startsWith("JavaFX") ? "FX" : w.toLowerCase(Locale.ROOT),
                    used / 1e6 / Math.max(1, frames)));
        }
        return b.toString();
    }

    /** CPU nanoseconds used so far by the threads named like {@code watched} (one per name). */
    long[] now() {
        Map<String, Long> m = sample();
        long[] out = new long[WATCHED.length];
        for (int i = 0; i < WATCHED.length; i++) {
            out[i] = m.getOrDefault(WATCHED[i], 0L);
        }
        return out;
    }

    private Map<String, Long> sample() {
        Map<String, Long> sums = new HashMap<>();
        for (ThreadInfo t : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long ns = bean.getThreadCpuTime(t.getThreadId());
            for (String w : WATCHED) {
                if (t.getThreadName().contains(w) && ns > 0) {
                    sums.merge(w, ns, Long::sum);
                }
            }
        }
        return sums;
    }
}
