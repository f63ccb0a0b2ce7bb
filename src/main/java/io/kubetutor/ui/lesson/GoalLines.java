package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.Condition;
import io.kubetutor.lesson.GoalResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked goal as lines to read under "Goal: …": one per condition, each with its own mark
 * (✓ met, ○ not yet) and what the check saw, in the window's language. The usual "all of" at the
 * top is left out — the goal's own line already says whether everything holds — while nested
 * combinations keep their line, indented. A line that says just what the one before it said is
 * left out.
 */
public final class GoalLines {
    private GoalLines() {
    }

    /** A line: how deep it is nested (0 = directly under the goal), whether it holds, and its words. */
    public record Line(int depth, boolean met, String text) {
        public String mark() {
            return GoalLines.mark(met);
        }
    }

    public static String mark(boolean met) {
        return met ? "✓" : "○";
    }

    public static List<Line> of(GoalResult result, String language) {
        List<Line> out = new ArrayList<>();
        if (result == null) {
            return out;
        }
        if (result.condition() instanceof Condition.All) {
            result.parts().forEach(p -> add(p, 0, language, out));
        } else {
            add(result, 0, language, out);
        }
        return out;
    }

    private static void add(GoalResult r, int depth, String language, List<Line> out) {
        Line line = new Line(depth, r.met(), r.detail().in(language));
        // two checks of one request often saw the same thing ("no request … yet"): say it once
        if (out.isEmpty() || !out.get(out.size() - 1).equals(line)) {
            out.add(line);
        }
        r.parts().forEach(p -> add(p, depth + 1, language, out));
    }
}
