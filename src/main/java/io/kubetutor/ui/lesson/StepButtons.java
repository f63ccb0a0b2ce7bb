package io.kubetutor.ui.lesson;

/**
 * Which of the step's buttons can be pressed. A step is done when its goal is met (or it has none)
 * and its prediction is answered (or it asks none); Next moves on only from a done step, Skip
 * (which asks first) moves on without it. While the tutor is opening a step or playing a solution
 * nothing that would start another such run is offered.
 */
public record StepButtons(boolean back, boolean next, boolean skip, boolean finish, boolean check, boolean hint,
                          boolean solution, boolean reset) {
    /** No step open: nothing to press. */
    public static final StepButtons NONE = new StepButtons(false, false, false, false, false, false, false, false);

    /** What the buttons depend on, as the lesson stands now. */
    public record Status(int index, int count, boolean hasGoal, boolean goalMet, boolean hasPrediction,
                         boolean predictionAnswered, int hintsShown, int hintCount, boolean hasSolution,
                         boolean busy, boolean probing) {
        /** The step asks nothing more of the learner. */
        public boolean done() {
            return (!hasGoal || goalMet) && (!hasPrediction || predictionAnswered);
        }

        public boolean last() {
            return index == count - 1;
        }
    }

    public static StepButtons of(Status s) {
        boolean free = !s.busy();
        boolean done = s.done();
        return new StepButtons(
                free && s.index() > 0,
                free && done && !s.last(),
                free && !done && !s.last(),
                free && done && s.last(),
                free && !s.probing() && s.hasGoal(),
                free && s.hintsShown() < s.hintCount(),
                free && s.hasSolution(),
                free);
    }
}
