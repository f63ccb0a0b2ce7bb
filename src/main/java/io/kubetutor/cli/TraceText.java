package io.kubetutor.cli;

import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Trace;
import java.util.List;

/**
 * One request's journey as text: a header line, one numbered row per hop (where, what, the packet's
 * addresses after the step, why; "<-" marks the way back), and how it ended.
 */
final class TraceText {
    private TraceText() {
    }

    static String render(Trace t, int number, int of) {
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
                    h.dst(), h.reason()));
        }
        b.append(t.outcome().text()).append(": ").append(t.summary()).append('\n');
        return b.toString();
    }

    private static String kind(Trace t) {
        return switch (t.kind()) {
            case CURL -> "curl";
            case KEEP_ALIVE -> "browser (keep-alive)";
            case PING -> "ping";
            case NSLOOKUP -> "nslookup";
        };
    }
}
