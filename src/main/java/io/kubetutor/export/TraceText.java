package io.kubetutor.export;

import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Reason;
import io.kubetutor.sim.net.Trace;
import java.util.List;
import java.util.function.Function;

/**
 * One request's journey as text: a header line, one numbered row per hop (where, what, the packet's
 * addresses after the step, why; "<-" marks the way back), and how it ended. The trace command
 * prints it with the simulator's English reasons; the window's export words them in its language.
 */
public final class TraceText {
    private TraceText() {
    }

    /** Request {@code number} of {@code of}, with English reasons (the trace command's output). */
    public static String render(Trace t, int number, int of) {
        return render(t, number, of, Reason::english);
    }

    /** The same, with each reason worded by {@code words}. */
    public static String render(Trace t, int number, int of, Function<Reason, String> words) {
        StringBuilder b = new StringBuilder();
        b.append(of > 1 ? "request " + number + " of " + of + ": " : "").append(kind(t)).append(' ').append(t.to())
                .append(" from ").append(t.from()).append('\n');
        List<Hop> hops = t.hops();
        int at = 2;
        int action = 6;
        int src = 3;
        int dst = 3;
        for (Hop h : hops) {
            at = Math.max(at, h.at().name().length());
            action = Math.max(action, h.action().text().length() + (h.reply() ? 3 : 0));
            src = Math.max(src, h.src().toString().length());
            dst = Math.max(dst, h.dst().toString().length());
        }
        String row = "  %" + String.valueOf(hops.size()).length() + "d  %-" + at + "s  %-" + action + "s  %-" + src
                + "s  %-" + dst + "s  %s%n";
        int i = 0;
        for (Hop h : hops) {
            i++;
            b.append(String.format(row, i, h.at().name(), (h.reply() ? "<- " : "") + h.action().text(), h.src(),
                    h.dst(), words.apply(h.because())));
        }
        b.append(t.outcome().text()).append(": ").append(words.apply(t.summaryBecause())).append('\n');
        return b.toString();
    }

    /** How the trace command names a request's kind. */
    public static String kind(Trace t) {
        return switch (t.kind()) {
            case CURL -> "curl";
            case KEEP_ALIVE -> "browser (keep-alive)";
            case PING -> "ping";
            case NSLOOKUP -> "nslookup";
        };
    }
}
