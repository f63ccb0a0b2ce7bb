package io.kubetutor.lesson;

import java.util.ArrayList;
import java.util.List;

/** The reports of actions played in order, with what the window should show after them. */
public record ActionsPlayed(List<ActionReport> reports) {
    public static final ActionsPlayed NOTHING = new ActionsPlayed(List.of());

    public ActionsPlayed {
        reports = List.copyOf(reports);
    }

    /** The editor's text after these actions, or null when none of them set it. */
    public String editorText() {
        String text = null;
        for (ActionReport r : reports) {
            if (r.editorText() != null) {
                text = r.editorText();
            }
        }
        return text;
    }

    /** The elements the last highlight action named (empty when none did). */
    public List<String> highlighted() {
        List<String> out = List.of();
        for (ActionReport r : reports) {
            if (r.action() instanceof StepAction.Highlight) {
                out = r.highlighted();
            }
        }
        return out;
    }

    public List<ActionReport> failures() {
        return reports.stream().filter(r -> !r.ok()).toList();
    }

    ActionsPlayed then(ActionsPlayed more) {
        List<ActionReport> all = new ArrayList<>(reports);
        all.addAll(more.reports);
        return new ActionsPlayed(all);
    }
}
