package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.LessonRunner;
import io.kubetutor.session.SessionState;
import java.util.function.Consumer;

/**
 * The window session's publisher: every state goes first to the open lesson's runner, on the
 * engine thread and in order (a goal must see each request the step made, and a runner future
 * that completes on the engine thread must find the states before it already observed), then on
 * to the views ({@code next}, the dispatcher that moves states to the FX thread).
 */
public final class RunnerFeed implements Consumer<SessionState> {
    private final Consumer<SessionState> next;
    private volatile LessonRunner runner;

    public RunnerFeed(Consumer<SessionState> next) {
        this.next = next;
    }

    /** The runner that hears the states from now on; null when no lesson is open. */
    public void setRunner(LessonRunner runner) {
        this.runner = runner;
    }

    public LessonRunner runner() {
        return runner;
    }

    @Override
    public void accept(SessionState s) {
        LessonRunner r = runner;
        if (r != null) {
            r.observe(s);
        }
        next.accept(s);
    }
}
