package io.kubetutor.lesson;

import io.kubetutor.model.SourcePos;
import java.util.List;

/**
 * One step of a lesson: the text to read, the actions run when it opens, and optionally a
 * prediction, a goal with hints and a solution. {@code pos} is where the step starts in its file.
 */
public record Step(Localized text, List<StepAction> actions, Prediction predict, Goal goal, List<Localized> hints,
                   Solution solution, SourcePos pos) {
    public Step {
        actions = List.copyOf(actions);
        hints = List.copyOf(hints);
    }
}
