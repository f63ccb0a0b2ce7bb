package io.kubetutor.export;

import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Reason;
import io.kubetutor.sim.net.Trace;
import java.util.List;
import java.util.function.Function;

/**
 * Requests' journeys for a file: as text (what the trace command prints, request after request)
 * and as CSV with one row per hop. Reasons are worded by the caller (the window's language);
 * places, actions and addresses are the simulator's own words, as on the topology.
 */
public final class TraceExport {
    /** The CSV's columns; {@code action} starts with "&lt;- " on the way back, as in the text. */
    public static final List<String> COLUMNS = List.of("request", "hop", "at", "action", "src", "dst", "reason");

    private TraceExport() {
    }

    public static String text(List<Trace> traces, Function<Reason, String> words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < traces.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(TraceText.render(traces.get(i), i + 1, traces.size(), words));
        }
        return b.toString();
    }

    public static String csv(List<Trace> traces, Function<Reason, String> words) {
        Csv csv = new Csv(COLUMNS);
        for (int r = 0; r < traces.size(); r++) {
            List<Hop> hops = traces.get(r).hops();
            for (int h = 0; h < hops.size(); h++) {
                Hop hop = hops.get(h);
                csv.row(List.of(r + 1, h + 1, hop.at().name(), (hop.reply() ? "<- " : "") + hop.action().text(),
                        hop.src().toString(), hop.dst().toString(), words.apply(hop.because())));
            }
        }
        return csv.toString();
    }
}
