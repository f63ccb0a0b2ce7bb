package io.kubetutor.ui.files;

import io.kubetutor.export.Csv;
import io.kubetutor.sim.net.Burst;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.ProxyEndpoint;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.BurstBars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last burst for a file, with the numbers the burst chart shows ({@link BurstBars}: pods by
 * name, whole percentages that sum to 100, the Service's ready pods that got nothing): as CSV, one
 * row per pod with the node it runs on, and as text in the window's language.
 */
public final class BurstExport {
    public static final List<String> COLUMNS = List.of("pod", "node", "count", "percent");

    private BurstExport() {
    }

    public static String csv(Burst b) {
        Csv csv = new Csv(COLUMNS);
        Map<String, String> nodes = nodesOfPods(b);
        for (BurstBars.Bar bar : BurstBars.of(b).pods()) {
            csv.row(List.of(bar.label(), nodes.getOrDefault(bar.label(), ""), bar.count(), bar.percent()));
        }
        return csv.toString();
    }

    public static String text(Burst b, Messages m) {
        BurstBars bars = BurstBars.of(b);
        Map<String, String> nodes = nodesOfPods(b);
        String target = b.traced().isEmpty() ? null : b.traced().get(0).to();
        StringBuilder out = new StringBuilder(target == null ? m.format("panels.burst.titleNoTarget", bars.total())
                : m.format("panels.burst.title", bars.total(), target)).append("\n\n");
        if (!bars.pods().isEmpty()) {
            out.append(m.text("panels.burst.perPod")).append('\n');
            List<List<String>> rows = new ArrayList<>();
            for (BurstBars.Bar bar : bars.pods()) {
                rows.add(List.of(bar.label(), nodes.getOrDefault(bar.label(), ""), String.valueOf(bar.count()),
                        bar.percent() + "%"));
            }
            table(out, rows);
            out.append('\n');
        }
        if (!bars.nodes().isEmpty()) {
            out.append(m.text("panels.burst.perNode")).append('\n');
            List<List<String>> rows = new ArrayList<>();
            for (BurstBars.Bar bar : bars.nodes()) {
                rows.add(List.of(bar.label(), String.valueOf(bar.count()), bar.percent() + "%"));
            }
            table(out, rows);
            out.append('\n');
        }
        for (Map.Entry<Outcome, Integer> e : bars.outcomes().entrySet()) {
            out.append(m.text("panels.outcome." + e.getKey().name())).append(": ").append(e.getValue()).append('\n');
        }
        if (bars.uneven() != null) {
            String perNode = bars.podsPerNode().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.append('\n').append(m.format("panels.burst.uneven." + bars.uneven().name(), perNode)).append('\n');
        }
        return out.toString();
    }

    /** Columns padded to their widest cell, two spaces apart, numbers (the later columns) right-aligned. */
    private static void table(StringBuilder out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> r : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                boolean number = c >= columns - 2;
                String cell = r.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                line.append(number ? pad + cell : cell + pad).append(c + 1 < columns ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The node each pod of the burst runs on, by pod name, from the traced requests and kube-proxy's rule. */
    static Map<String, String> nodesOfPods(Burst b) {
        Map<String, String> out = new HashMap<>();
        for (Trace t : b.traced()) {
            if (t.pod() != null && t.node() != null) {
                out.putIfAbsent(t.pod(), t.node());
            }
            if (t.verdict() != null && t.verdict().rule() != null) {
                for (ProxyEndpoint e : t.verdict().rule().endpoints()) {
                    if (e.podName() != null && !e.podName().isEmpty() && e.nodeName() != null) {
                        out.putIfAbsent(e.podName(), e.nodeName());
                    }
                }
            }
        }
        return out;
    }
}
