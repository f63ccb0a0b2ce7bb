package io.kubetutor.lesson;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays one lesson as {@code lessons check} does, on a headless session: every action must run,
 * every manifest must apply, every prediction's true answer must be among its choices, and every
 * goal must be false when its step opens and true after its solution (both checked by sending the
 * goal's own requests). Problems are diagnostics located in the lesson file.
 */
public final class LessonCheck {
    /** The seed of the window's session, so the check plays what a learner sees. */
    public static final long SEED = 1;
    /** A hang guard: a lesson plays in well under a second. */
    private static final long TIMEOUT_SECONDS = 60;

    private final Lesson lesson;
    private final long seed;
    private final List<Diagnostic> problems = new ArrayList<>();
    private LessonRunner runner;
    private String where = "";

    private LessonCheck(Lesson lesson, long seed) {
        this.lesson = lesson;
        this.seed = seed;
    }

    /** The problems of playing {@code lesson} with {@code seed}; empty when it plays as intended. */
    public static List<Diagnostic> play(Lesson lesson, long seed) {
        LessonCheck check = new LessonCheck(lesson, seed);
        try {
            check.run();
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            check.error(SourcePos.START, check.where + "the tutor failed while playing the lesson: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            check.error(SourcePos.START, "interrupted");
        }
        return List.copyOf(check.problems);
    }

    private void run() throws ExecutionException, InterruptedException, TimeoutException {
        LessonRunner[] holder = new LessonRunner[1];
        List<SessionState> early = new ArrayList<>();
        Session session = new Session(lesson.topology(), seed, s -> {
            if (holder[0] == null) {
                early.add(s);
            } else {
                holder[0].observe(s);
            }
        }, Runnable::run);
        runner = new LessonRunner(lesson, session);
        early.forEach(runner::observe);
        holder[0] = runner;
        runner.onEachAction(this::afterAction);
        where = "start: ";
        get(runner.start());
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            where = "step " + (i + 1) + ": ";
            if (i > 0) {
                get(runner.next());
            }
            if (step.predict() != null) {
                prediction(step);
            }
            if (step.goal() != null) {
                goal(step);
            } else if (step.solution() != null) {
                get(runner.applySolution());
            }
        }
    }

    private void prediction(Step step) throws ExecutionException, InterruptedException, TimeoutException {
        List<Choice> choices = get(runner.predictionChoices());
        PredictionResult result;
        try {
            result = get(runner.answer(choices.get(0).id()));
        } catch (ExecutionException e) {
            error(step.predict().pos(), where + "the prediction's request cannot be sent: " + cause(e));
            return;
        }
        if (step.predict().ask() == Prediction.Ask.POD && choices.size() < 2) {
            error(step.predict().pos(), where + "the prediction offers no pod: "
                    + (step.predict().among() == null ? "no pod in default has an address"
                    : "\"" + step.predict().among().text() + "\" names no pod with an address"));
        }
        if (choices.stream().noneMatch(c -> c.id().equals(result.actual()))) {
            error(step.predict().pos(), where + "the true answer (" + result.actual() + ") is not among the choices ("
                    + String.join(", ", choices.stream().map(Choice::id).toList()) + ")");
        }
    }

    private void goal(Step step) throws ExecutionException, InterruptedException, TimeoutException {
        SourcePos at = step.goal().check().pos();
        get(runner.probe());
        GoalResult before = runner.evaluate();
        if (before != null && before.met()) {
            error(at, where + "the goal already holds when the step opens (checked by sending): "
                    + details(before, true));
        }
        get(runner.applySolution());
        get(runner.probe());
        GoalResult after = runner.evaluate();
        if (after == null || !after.met()) {
            error(at, where + "the goal does not hold after the solution (checked by sending): "
                    + (after == null ? "nothing was observed" : details(after, false)));
        }
        references(step.goal().check());
    }

    /**
     * Every name the goal uses exists once the solution is in (a name inside {@code not} or
     * {@code any} could otherwise make a goal hold by naming nothing).
     */
    private void references(Condition c) {
        SessionState s = runner.latestState();
        if (c instanceof Condition.All a) {
            a.parts().forEach(this::references);
        } else if (c instanceof Condition.Any a) {
            a.parts().forEach(this::references);
        } else if (c instanceof Condition.Not n) {
            references(n.part());
        } else if (c instanceof Condition.AboutTraffic t) {
            try {
                Senders.resolve(t.traffic().from(), s.topology(), s.snapshot());
            } catch (IllegalArgumentException e) {
                error(c.pos(), where + c.key() + ": " + e.getMessage());
            }
            if (c instanceof Condition.Dns d && d.service() != null) {
                service(c, d.service());
            }
        } else if (c instanceof Condition.EndpointCount e) {
            service(c, e.namespace() + "/" + e.service());
        } else if (c instanceof Condition.Field f && (f.equals() != null || f.exists())) {
            if (StateChecks.object(f, s.snapshot()).isEmpty()) {
                error(c.pos(), where + c.key() + ": there is no " + f.kind() + " " + (f.pod() != null ? f.pod().text()
                        : f.namespace() + "/" + f.name()) + " after the solution");
            }
        }
    }

    private void service(Condition c, String nsName) {
        String[] parts = nsName.split("/", 2);
        if (runner.latestState().snapshot().get(io.kubetutor.model.Service.class, parts[0], parts[1]).isEmpty()) {
            error(c.pos(), where + c.key() + ": there is no Service " + nsName + " after the solution");
        }
    }

    /** The leaves that made the result what it is, in English. */
    static String details(GoalResult r, boolean met) {
        List<String> out = new ArrayList<>();
        collect(r, met, out);
        return String.join("; ", out);
    }

    private static void collect(GoalResult r, boolean met, List<String> out) {
        if (r.parts().isEmpty()) {
            if (r.met() == met) {
                out.add(r.detail().en());
            }
            return;
        }
        boolean flip = r.condition() instanceof Condition.Not;
        r.parts().forEach(p -> collect(p, flip != met, out));
    }

    /** Which part of the lesson an action belongs to, for messages: "start: ", "step 2: ", "step 2, solution: ". */
    private String owner(StepAction a) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step s = lesson.steps().get(i);
            if (s.actions().stream().anyMatch(x -> x == a)) {
                return "step " + (i + 1) + ": ";
            }
            Solution sol = s.solution();
            if (sol != null && (sol.actions().stream().anyMatch(x -> x == a)
                    || a instanceof StepAction.LoadManifest m && m.text() == sol.manifest())) {
                return "step " + (i + 1) + ", solution: ";
            }
        }
        return a instanceof StepAction.Send ? where + "check by sending: " : "start: ";
    }

    private void afterAction(ActionReport r) {
        StepAction a = r.action();
        String where = owner(a);
        if (!r.ok()) {
            error(a.pos(), where + a.key() + ": " + r.error());
        }
        if (a instanceof StepAction.LoadManifest m) {
            SessionState s = runner.latestState();
            if (s != null) {
                for (Diagnostic d : s.diagnostics()) {
                    if (d.severity() != Severity.INFO) {
                        problems.add(new Diagnostic(d.severity(), m.origin().file(), m.origin().map(d.pos()),
                                where + "manifest: " + d.message(), List.of()));
                    }
                }
            }
        }
        if (a instanceof StepAction.Kubectl k && r.output() != null && r.output().exitCode() != 0) {
            Kubectl.Output out = r.output();
            String text = "kubectl " + k.line() + " exits with " + out.exitCode() + ": " + out.stderr().strip();
            boolean unsupported = out.stderr().contains("the tutor does not simulate")
                    || out.stderr().startsWith("error: unknown");
            problems.add(new Diagnostic(unsupported ? Severity.ERROR : Severity.WARNING, lesson.file(), a.pos(),
                    where + text, List.of()));
        }
    }

    private void error(SourcePos pos, String message) {
        problems.add(Diagnostic.error(lesson.file(), pos, message));
    }

    private static String cause(ExecutionException e) {
        return e.getCause() == null ? e.toString() : e.getCause().getMessage();
    }

    private static <T> T get(CompletableFuture<T> f) throws ExecutionException, InterruptedException, TimeoutException {
        return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
