package io.kubetutor.lesson;

import io.kubetutor.kubectl.Kubectl;
import java.util.List;

/**
 * What one action did, for the lesson pane and for {@code lessons check}: the text it put in the
 * editor (null when none), the elements it highlighted (resolved to the topology's ids), what kubectl
 * printed (null when it ran no kubectl), and why it could not run (null when it ran).
 */
public record ActionReport(StepAction action, String editorText, List<String> highlighted, Kubectl.Output output,
                           String error) {
    public ActionReport {
        highlighted = List.copyOf(highlighted);
    }

    static ActionReport ran(StepAction a) {
        return new ActionReport(a, null, List.of(), null, null);
    }

    static ActionReport failed(StepAction a, String why) {
        return new ActionReport(a, null, List.of(), null, why);
    }

    public boolean ok() {
        return error == null;
    }
}
