package io.kubetutor.kubectl.print;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * kubectl describe's PrefixWriter over its tabbedString tabwriter (minwidth 0, tabwidth 8, padding
 * 2, space padded), with the shared pieces every describer uses: multi-line labels, annotations
 * (last-applied-configuration hidden, long values folded) and the Events table.
 */
final class DescribeWriter {
    static final int LEVEL_0 = 0;
    static final int LEVEL_1 = 1;
    static final int LEVEL_2 = 2;
    static final int LEVEL_3 = 3;

    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    private static final int MAX_ANNOTATION_LEN = 140;

    private final GoTabWriter out = new GoTabWriter(0, 2);

    /** Text at an indentation level of two spaces each; tabs separate aligned cells. */
    void write(int level, String text) {
        out.write(TableText.escape("  ".repeat(level) + text));
    }

    String text() {
        return out.text();
    }

    /** printLabelsMultiline: {@code <none>}, or one sorted k=v per line, later ones under the first. */
    void labels(String title, Map<String, String> labels) {
        write(LEVEL_0, title + ":\t");
        if (labels.isEmpty()) {
            write(LEVEL_0, "<none>\n");
            return;
        }
        boolean first = true;
        for (String key : LabelText.sortedKeys(labels)) {
            if (!first) {
                write(LEVEL_0, "\t");
            }
            write(LEVEL_0, key + "=" + labels.get(key) + "\n");
            first = false;
        }
    }

    /**
     * printAnnotationsMultiline: sorted "key: value" lines; a value that is multi-line or longer than
     * 140 bytes together with its key goes under "key:", one line each, cut at 138 bytes plus "...".
     */
    void annotations(Map<String, String> annotations) {
        write(LEVEL_0, "Annotations:\t");
        List<String> keys = new ArrayList<>();
        for (String key : LabelText.sortedKeys(annotations)) {
            if (!key.equals(LAST_APPLIED)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            write(LEVEL_0, "<none>\n");
            return;
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (i != 0) {
                write(LEVEL_0, "\t");
            }
            String value = annotations.get(key);
            if (value.endsWith("\n")) {
                value = value.substring(0, value.length() - 1);
            }
            if (bytes(value) + bytes(key) + 2 > MAX_ANNOTATION_LEN || value.contains("\n")) {
                write(LEVEL_0, key + ":\n");
                for (String line : value.split("\n", -1)) {
                    write(LEVEL_0, "\t  " + shorten(line, MAX_ANNOTATION_LEN - 2) + "\n");
                }
            } else {
                write(LEVEL_0, key + ": " + value + "\n");
            }
        }
    }

    /**
     * DescribeEvents: {@code Events: <none>}, or a table oldest (by last seen) first. An event seen
     * more than once shows "last-seen-age (xN over first-seen-age)". A null list means events were
     * not asked for ({@code --show-events=false}) and prints nothing.
     */
    void events(List<EventRow> events, long now) {
        if (events == null) {
            return;
        }
        if (events.isEmpty()) {
            write(LEVEL_0, "Events:\t<none>\n");
            return;
        }
        out.flush();
        List<EventRow> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(EventRow::lastSeen));
        write(LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        write(LEVEL_1, "----\t------\t----\t----\t-------\n");
        for (EventRow e : sorted) {
            String first = HumanDuration.format(now - e.firstSeen());
            String interval = e.count() > 1
                    ? HumanDuration.format(now - e.lastSeen()) + " (x" + e.count() + " over " + first + ")"
                    : first;
            write(LEVEL_1, e.type() + "\t" + e.reason() + "\t" + interval + "\t" + e.from() + "\t"
                    + e.message().strip() + "\n");
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String shorten(String s, int maxBytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= maxBytes) {
            return s;
        }
        return new String(b, 0, maxBytes, StandardCharsets.UTF_8) + "...";
    }
}
