package io.kubetutor.lesson;

import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Plays a lesson on the window's own session: opens steps (runs their actions), checks the goal
 * against the cluster and the requests the step has seen, sends a goal's own requests when asked
 * ("check by sending"), asks and scores predictions, and applies solutions. The same lesson on a
 * session with the same seed replays identically.
 *
 * <p>Threads: give {@link #observe} every state the session publishes, in order (from the session's
 * publisher, or from the view that receives them). The futures complete on the session's engine
 * thread; call the other methods from one thread (the FX thread in the window).
 */
public final class LessonRunner {
    private final Lesson lesson;
    private final Session session;
    private final ActionPlayer player;
    private final TrafficLog log = new TrafficLog();
    private volatile int index = -1;
    /** Told of each action's report as soon as it is done (lessons check reads the state after each). */
    private volatile Consumer<ActionReport> afterEach = r -> { };

    public LessonRunner(Lesson lesson, Session session) {
        this.lesson = lesson;
        this.session = session;
        this.player = new ActionPlayer(session);
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The open step's index, -1 before {@link #start}. */
    public int stepIndex() {
        return index;
    }

    /** The open step, null before {@link #start}. */
    public Step step() {
        return index < 0 ? null : lesson.steps().get(index);
    }

    public boolean hasNext() {
        return index + 1 < lesson.steps().size();
    }

    /** Takes one published state: its traces join the open step's requests. */
    public void observe(SessionState state) {
        synchronized (log) {
            log.observe(state);
        }
    }

    /** The latest state observed, or null. */
    public SessionState latestState() {
        synchronized (log) {
            return log.latest();
        }
    }

    /** The requests the open step has seen, oldest first. */
    public List<Observed> observed() {
        synchronized (log) {
            return log.all();
        }
    }

    void onEachAction(Consumer<ActionReport> listener) {
        this.afterEach = listener == null ? r -> { } : listener;
    }

    /** Starts the lesson from the beginning: its topology and manifest, then step 1. */
    public CompletableFuture<StepOpening> start() {
        return goTo(0);
    }

    /**
     * Opens step {@code target} on a cluster rebuilt from the lesson's start: the lesson's topology
     * and manifest, then every earlier step's actions and solution (going back, or resuming).
     */
    public CompletableFuture<StepOpening> goTo(int target) {
        if (target < 0 || target >= lesson.steps().size()) {
            throw new IllegalArgumentException("lesson " + lesson.id() + " has no step " + (target + 1));
        }
        index = target;
        List<StepAction> replay = new ArrayList<>();
        replay.add(new StepAction.LoadManifest(lesson.manifest(), lesson.manifestOrigin(),
                lesson.manifestOrigin().scalar()));
        // Applied first and then restarted on the topology: the fresh cluster gets the text, nothing else.
        replay.add(new StepAction.SetTopology(lesson.topology(), lesson.manifestOrigin().scalar()));
        for (int i = 0; i < target; i++) {
            Step s = lesson.steps().get(i);
            replay.addAll(s.actions());
            if (s.solution() != null) {
                replay.addAll(s.solution().asActions());
            }
        }
        Step step = lesson.steps().get(target);
        return player.play(replay, r -> afterEach.accept(r)).thenCompose(replayed -> open(target, step, replayed));
    }

    /** Opens the step after the open one, on the cluster as it is now. */
    public CompletableFuture<StepOpening> next() {
        if (!hasNext()) {
            throw new IllegalStateException("lesson " + lesson.id() + " has no step after " + (index + 1));
        }
        int target = ++index;
        return open(target, lesson.steps().get(target), ActionsPlayed.NOTHING);
    }

    private CompletableFuture<StepOpening> open(int target, Step step, ActionsPlayed replayed) {
        // Cleared on the engine thread, after every earlier request was published: the step sees only its own.
        return player.onEngine(c -> {
            synchronized (log) {
                log.clear();
            }
            return null;
        }).thenCompose(x -> player.play(step.actions(), r -> afterEach.accept(r)))
                .thenApply(opened -> new StepOpening(target, step, replayed, opened));
    }

    /** The open step's goal checked now; null when the step has no goal or nothing was observed yet. */
    public GoalResult evaluate() {
        Step step = step();
        SessionState s = latestState();
        if (step == null || step.goal() == null || s == null) {
            return null;
        }
        return new GoalEvaluator(s.topology(), s.snapshot(), observed()).evaluate(step.goal().check());
    }

    /**
     * "Check by sending": sends, visibly, the requests each traffic condition of the goal reads
     * ({@code count} of each, from the first pod a pod reference names), then the caller checks.
     */
    public CompletableFuture<ActionsPlayed> probe() {
        Step step = step();
        if (step == null || step.goal() == null) {
            return CompletableFuture.completedFuture(ActionsPlayed.NOTHING);
        }
        return player.play(probes(step.goal().check()), r -> afterEach.accept(r));
    }

    /** The sends a probe makes for {@code c}: one per distinct request, as many as the most any condition reads. */
    static List<StepAction> probes(Condition c) {
        List<Condition.AboutTraffic> leaves = new ArrayList<>();
        collect(c, leaves);
        Set<Traffic> distinct = new LinkedHashSet<>();
        leaves.forEach(l -> distinct.add(l.traffic()));
        List<StepAction> out = new ArrayList<>();
        for (Traffic t : distinct) {
            int count = leaves.stream().filter(l -> l.traffic().equals(t)).mapToInt(Condition.AboutTraffic::count)
                    .max().orElse(1);
            Traffic.Kind kind = t.kind() == Traffic.Kind.HTTP ? Traffic.Kind.CURL : t.kind();
            out.add(new StepAction.Send(new Traffic(t.from(), t.to(), kind), count, c.pos()));
        }
        return out;
    }

    private static void collect(Condition c, List<Condition.AboutTraffic> out) {
        if (c instanceof Condition.All a) {
            a.parts().forEach(p -> collect(p, out));
        } else if (c instanceof Condition.Any a) {
            a.parts().forEach(p -> collect(p, out));
        } else if (c instanceof Condition.Not n) {
            collect(n.part(), out);
        } else if (c instanceof Condition.AboutTraffic t) {
            out.add(t);
        }
    }

    /** Plays the open step's solution: the editor text it gives (shown by the caller) and its actions. */
    public CompletableFuture<ActionsPlayed> applySolution() {
        Step step = step();
        if (step == null || step.solution() == null) {
            return CompletableFuture.completedFuture(ActionsPlayed.NOTHING);
        }
        return player.play(step.solution().asActions(), r -> afterEach.accept(r));
    }

    /** The open step's prediction choices, from the cluster as it is now; empty when it asks nothing. */
    public CompletableFuture<List<Choice>> predictionChoices() {
        Step step = step();
        if (step == null || step.predict() == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        Prediction p = step.predict();
        return player.onEngine(c -> Predictions.choices(p, c.topology(), c.snapshot()));
    }

    /**
     * Sends the prediction's request (traced and published like any other) and compares the trace
     * with {@code choiceId}. The caller records the score (see {@link ProgressStore}).
     */
    public CompletableFuture<PredictionResult> answer(String choiceId) {
        Step step = step();
        if (step == null || step.predict() == null) {
            throw new IllegalStateException("the open step asks no prediction");
        }
        Prediction p = step.predict();
        return player.onEngine(c -> {
            String from = Senders.resolve(p.send().from(), c.topology(), c.snapshot());
            Trace t = c.dataPlane().send(from, p.send().to(), p.send().kind().requestKind());
            String actual = Predictions.answerOf(p, t);
            return new PredictionResult(choiceId, actual, actual.equals(choiceId), t);
        });
    }
}
