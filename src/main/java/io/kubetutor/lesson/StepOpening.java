package io.kubetutor.lesson;

/**
 * A step as opened: its index and the step, what was replayed to reach it (the lesson's start and
 * the earlier steps' actions and solutions, when the lesson was started again), and what its own
 * actions did.
 */
public record StepOpening(int index, Step step, ActionsPlayed replayed, ActionsPlayed opened) {
    /** The editor's text now, or null when opening the step left it as it was. */
    public String editorText() {
        String own = opened.editorText();
        return own != null ? own : replayed.editorText();
    }
}
