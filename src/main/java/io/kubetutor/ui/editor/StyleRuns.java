package io.kubetutor.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The styles of a whole text as consecutive runs, each with every class that applies to it: the
 * syntax colour of its span plus the overlays (underlines, find matches) covering it. Computed
 * off the FX thread; the editor hands the runs to the text area as they are. Equal neighbours
 * are merged, and equal class lists are shared, so a long text does not mean many lists.
 */
public final class StyleRuns {
    /** A stretch of {@code length} characters with these style classes (empty: plain text). */
    public record Run(int length, List<String> classes) {
    }

    private StyleRuns() {
    }

    public static List<Run> of(int textLength, List<YamlSpan> spans, List<Overlay> overlays) {
        List<Run> runs = new ArrayList<>();
        if (textLength <= 0) {
            return runs;
        }
        Map<String, Integer> overlayIds = new LinkedHashMap<>();
        List<int[]> events = new ArrayList<>(); // {position, +1/-1, class id}
        for (Overlay o : overlays) {
            int s = Math.max(0, Math.min(o.start(), textLength));
            int e = Math.max(0, Math.min(o.end(), textLength));
            if (e > s) {
                int id = overlayIds.computeIfAbsent(o.styleClass(), k -> overlayIds.size());
                events.add(new int[] {s, 1, id});
                events.add(new int[] {e, -1, id});
            }
        }
        events.sort((a, b) -> Integer.compare(a[0], b[0]));
        String[] overlayClasses = overlayIds.keySet().toArray(new String[0]);
        int[] active = new int[overlayClasses.length];
        Map<String, List<String>> shared = new HashMap<>();

        int pos = 0;
        int spanIndex = 0;
        int eventIndex = 0;
        while (pos < textLength) {
            while (eventIndex < events.size() && events.get(eventIndex)[0] <= pos) {
                int[] ev = events.get(eventIndex++);
                active[ev[2]] += ev[1];
            }
            while (spanIndex < spans.size() && spans.get(spanIndex).end() <= pos) {
                spanIndex++;
            }
            String syntax = null;
            int next = textLength;
            if (spanIndex < spans.size()) {
                YamlSpan s = spans.get(spanIndex);
                if (s.start() <= pos) {
                    syntax = s.style().styleClass();
                    next = Math.min(next, s.end());
                } else {
                    next = Math.min(next, s.start());
                }
            }
            if (eventIndex < events.size()) {
                next = Math.min(next, events.get(eventIndex)[0]);
            }
            List<String> classes = classes(syntax, overlayClasses, active, shared);
            int len = next - pos;
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).classes() == classes) {
                runs.set(last, new Run(runs.get(last).length() + len, classes));
            } else {
                runs.add(new Run(len, classes));
            }
            pos = next;
        }
        return runs;
    }

    private static List<String> classes(String syntax, String[] overlayClasses, int[] active,
            Map<String, List<String>> shared) {
        List<String> list = new ArrayList<>(1 + overlayClasses.length);
        if (syntax != null) {
            list.add(syntax);
        }
        for (int i = 0; i < active.length; i++) {
            if (active[i] > 0) {
                list.add(overlayClasses[i]);
            }
        }
        String key = String.join(" ", list);
        return shared.computeIfAbsent(key, k -> List.copyOf(list));
    }

    /** The classes at {@code offset}, for tests and hover: walks the runs. */
    public static List<String> at(List<Run> runs, int offset) {
        int pos = 0;
        for (Run r : runs) {
            if (offset < pos + r.length()) {
                return r.classes();
            }
            pos += r.length();
        }
        return List.of();
    }
}
