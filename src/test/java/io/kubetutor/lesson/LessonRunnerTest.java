package io.kubetutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Playing a lesson on a session as the window does: steps, goals, probes, solutions, predictions, replay. */
class LessonRunnerTest {
    static final String LESSON = """
            id: runner
            order: 1
            title: {en: Runner, ko: 러너}
            manifest: |
              apiVersion: apps/v1
              kind: Deployment
              metadata: {name: web}
              spec:
                replicas: 2
                selector: {matchLabels: {app: web}}
                template:
                  metadata: {labels: {app: web}}
                  spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
            steps:
              - text: {en: Pods start., ko: 파드가 뜹니다.}
                actions:
                  - advance: 30s
                  - highlight: [pod:app=web, node1]
              - text: {en: Expose it., ko: 노출하세요.}
                predict:
                  question: {en: "How does it end?", ko: "어떻게 끝날까요?"}
                  ask: outcome
                  send: {from: laptop, to: "http://192.168.1.2:30080"}
                goal:
                  text: {en: The laptop reaches web., ko: 노트북이 web에 닿는다.}
                  check: {landsOn: {from: laptop, to: "http://192.168.1.2:30080", labels: {app: web}}}
                solution:
                  actions:
                    - kubectl: expose deployment web --type=NodePort --port=80
                    - kubectl: patch svc web -p '{"spec":{"ports":[{"port":80,"nodePort":30080}]}}'
              - text: {en: A pod goes., ko: 파드 하나가 사라집니다.}
                actions:
                  - deletePod: app=web
                  - deletePod: nothing-*
                  - send: {from: no-such-client, to: web}
                  - advance: 30s
            """;

    private final Lesson lesson = load(LESSON);

    /** A lesson from text that must load without a problem. */
    static Lesson load(String text) {
        LoadedLesson l = LessonLoader.parse("runner.yaml", text);
        assertEquals(List.of(), l.diagnostics().stream().map(io.kubetutor.model.Diagnostic::format).toList());
        return l.lesson();
    }

    /** A runner on a fresh headless session, fed every state. */
    static LessonRunner runner(Lesson lesson, long seed) {
        LessonRunner[] holder = new LessonRunner[1];
        List<SessionState> early = new ArrayList<>();
        Session s = new Session(lesson.topology(), seed, st -> {
            if (holder[0] == null) {
                early.add(st);
            } else {
                holder[0].observe(st);
            }
        }, Runnable::run);
        holder[0] = new LessonRunner(lesson, s);
        early.forEach(holder[0]::observe);
        return holder[0];
    }

    @Test
    void startingPutsTheManifestInTheEditorAndRunsTheFirstStep() {
        LessonRunner r = runner(lesson, 1);
        StepOpening o = r.start().join();
        assertEquals(0, o.index());
        assertEquals(lesson.manifest(), o.editorText());
        assertEquals(List.of(), o.opened().failures());
        assertEquals(3, o.opened().highlighted().size(), "two pods and a node");
        assertTrue(o.opened().highlighted().contains("node1"));
        assertEquals(2, r.latestState().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-"))
                .count());
        assertNull(r.evaluate(), "no goal in step 1");
    }

    @Test
    void aGoalIsFalseUntilTheSolutionAndTrueAfterItWhenCheckedBySending() {
        LessonRunner r = runner(lesson, 1);
        r.start().join();
        r.next().join();
        GoalResult before = r.evaluate();
        assertFalse(before.met());
        assertEquals("no request from laptop to http://192.168.1.2:30080 since this step opened", before.detail().en());
        ActionsPlayed probe = r.probe().join();
        assertEquals(1, probe.reports().size());
        assertFalse(r.evaluate().met());
        ActionsPlayed solution = r.applySolution().join();
        assertEquals(List.of(), solution.failures());
        assertFalse(r.evaluate().met(), "the goal reads requests: nothing new was sent yet");
        r.probe().join();
        assertTrue(r.evaluate().met(), r.evaluate().detail().en());
    }

    @Test
    void aPredictionOffersChoicesFromTheStateAndIsScoredAgainstTheTrace() {
        LessonRunner r = runner(lesson, 1);
        r.start().join();
        r.next().join();
        List<Choice> choices = r.predictionChoices().join();
        assertEquals(List.of("delivered", "refused", "dropped", "unreachable", "nxdomain", "no-reply"),
                choices.stream().map(Choice::id).toList());
        PredictionResult wrong = r.answer("delivered").join();
        assertFalse(wrong.correct());
        assertEquals("refused", wrong.actual());
        PredictionResult right = r.answer("refused").join();
        assertTrue(right.correct());
        assertEquals(2, r.observed().size(), "the prediction's requests are the step's own traffic");
    }

    @Test
    void aPodPredictionOffersThePodsAndNone() {
        Lesson pods = load(LESSON.replace("ask: outcome", "ask: pod\n      among: app=web"));
        LessonRunner r = runner(pods, 1);
        r.start().join();
        r.next().join();
        r.applySolution().join();
        List<Choice> choices = r.predictionChoices().join();
        assertEquals(3, choices.size());
        assertEquals(Choice.NONE, choices.get(2).id());
        assertTrue(choices.get(0).id().startsWith("default/web-"));
        PredictionResult result = r.answer(choices.get(0).id()).join();
        assertEquals(result.trace().podKey(), result.actual());
        assertEquals(result.actual().equals(choices.get(0).id()), result.correct());
    }

    @Test
    void aSourcePredictionOffersTheSenderAndEveryNodesAddresses() {
        Lesson src = load(LESSON.replace("ask: outcome", "ask: sourceIp"));
        LessonRunner r = runner(src, 1);
        r.start().join();
        r.next().join();
        List<String> ids = r.predictionChoices().join().stream().map(Choice::id).toList();
        assertEquals(List.of("192.168.1.10", "192.168.1.2", "192.168.1.3", "192.168.1.4", "10.244.0.1", "10.244.1.1",
                "10.244.2.1", Choice.NONE), ids);
        assertEquals(Choice.NONE, r.answer("192.168.1.10").join().actual(), "refused: no pod saw it");
    }

    @Test
    void actionsThatNameNothingAreReportedAndTheOthersStillRun() {
        LessonRunner r = runner(lesson, 1);
        r.start().join();
        r.next().join();
        StepOpening o = r.next().join();
        List<ActionReport> reports = o.opened().reports();
        assertEquals(4, reports.size());
        assertTrue(reports.get(0).ok());
        assertTrue(reports.get(0).output().stdout().startsWith("pod \"web-"));
        assertEquals("no pod in namespace default is named by \"nothing-*\"", reports.get(1).error());
        assertTrue(reports.get(2).error().startsWith("no client, node or pod is named \"no-such-client\""),
                reports.get(2).error());
        assertTrue(reports.get(3).ok());
    }

    @Test
    void goingBackReplaysTheLessonAndTheSameSeedGivesTheSameCluster() {
        LessonRunner a = runner(lesson, 7);
        a.start().join();
        a.next().join();
        a.next().join();
        StepOpening back = a.goTo(1).join();
        assertEquals(1, back.index());
        assertEquals(lesson.manifest(), back.editorText());
        LessonRunner b = runner(lesson, 7);
        b.goTo(1).join();
        assertEquals(fingerprint(a), fingerprint(b));
        b.applySolution().join();
        b.next().join();
        LessonRunner c = runner(lesson, 7);
        c.goTo(2).join();
        assertEquals(fingerprint(b), fingerprint(c), "step 3 reached by playing or by replaying is the same cluster");
        assertNotNull(fingerprint(c));
    }

    /** Pods with their nodes and addresses, and the Services with their addresses. */
    private static List<String> fingerprint(LessonRunner r) {
        List<String> out = new ArrayList<>();
        var snap = r.latestState().snapshot();
        snap.all(Pod.class).forEach(p -> out.add(p.name() + "@" + p.spec().nodeName() + "/" + p.status().podIP()));
        snap.all(io.kubetutor.model.Service.class).forEach(s -> out.add(s.name() + "=" + s.spec().clusterIP()));
        out.add("t=" + r.latestState().now());
        return out;
    }

    @Test
    void aStepSeesOnlyTheRequestsSentAfterItOpened() {
        LessonRunner r = runner(lesson, 1);
        r.start().join();
        r.next().join();
        r.applySolution().join();
        r.probe().join();
        assertTrue(r.evaluate().met());
        r.goTo(1).join();
        assertFalse(r.evaluate().met());
        assertEquals(List.<Trace>of(), r.observed().stream().map(Observed::trace).toList());
    }
}
