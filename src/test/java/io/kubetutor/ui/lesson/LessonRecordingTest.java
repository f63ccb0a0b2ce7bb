package io.kubetutor.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.LessonLoader;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.lesson.StepAction;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Severity;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.sim.net.RequestKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Record as lesson" from the window's events: what the skeleton holds, and that it loads back. */
class LessonRecordingTest {
    static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
            """;
    static final String SERVICE = WEB + "---\n{apiVersion: v1, kind: Service, metadata: {name: web}, "
            + "spec: {selector: {app: web}, ports: [{port: 80}]}}\n";

    private final List<SessionState> states = new ArrayList<>();
    private final Session session = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
    private final LessonRecording recording = new LessonRecording(
            () -> states.isEmpty() ? null : states.get(states.size() - 1));

    private static Lesson load(String text) {
        LoadedLesson l = LessonLoader.parse("recorded.yaml", text);
        assertFalse(l.hasErrors(), () -> l.diagnostics() + "\n" + text);
        return l.lesson();
    }

    private String webPod() {
        return states.get(states.size() - 1).snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-"))
                .findFirst().orElseThrow().name();
    }

    @Test
    void nothingIsRecordedBeforeStartOrWhileALessonIsOpen() {
        recording.sent("laptop", "http://web", RequestKind.CURL, 1);
        assertFalse(recording.recording());
        recording.start(WEB);
        recording.setSuspended(true);
        recording.sent("laptop", "http://web", RequestKind.CURL, 1);
        recording.setSuspended(false);
        Lesson l = load(recording.write("quiet", 9, ClusterTopology.defaults()));
        assertEquals(WEB, l.manifest());
        assertEquals(List.of(), l.steps().get(0).actions());
    }

    @Test
    void theTeachersSessionBecomesALessonThatLoadsBack() {
        session.applyText(WEB);
        recording.start(WEB);
        session.advanceBy(30_000);
        // typing pauses hand over half-written texts; only the last one before an action counts
        recording.textApplied(SERVICE.substring(0, SERVICE.length() - 20));
        recording.textApplied(SERVICE);
        session.applyText(SERVICE);
        recording.sent("default/" + webPod(), "http://web", RequestKind.CURL, 3);
        recording.kubectl(List.of("get", "svc", "-o", "wide"));
        recording.deletePod("default", webPod(), () -> recording.kubectl(List.of("delete", "pod", "x")));
        recording.burst("laptop", "http://web", RequestKind.KEEP_ALIVE, 50, true);

        String text = recording.write("recorded", 7, ClusterTopology.defaults());
        Lesson l = load(text);
        assertEquals("recorded", l.id());
        assertEquals(7, l.order());
        assertEquals(WEB, l.manifest());
        List<StepAction> first = l.steps().get(0).actions();
        assertEquals(new StepAction.Advance(30_000, "30s", first.get(0).pos()), first.get(0));
        List<StepAction> second = l.steps().get(1).actions();
        assertEquals(List.of("manifest", "send", "kubectl", "deletePod", "burst"),
                second.stream().map(StepAction::key).toList(), text);
        assertEquals(SERVICE, ((StepAction.LoadManifest) second.get(0)).text());
        StepAction.Send send = (StepAction.Send) second.get(1);
        assertEquals("app=web", send.traffic().from());
        assertEquals(3, send.count());
        assertEquals("get svc -o wide", ((StepAction.Kubectl) second.get(2)).line());
        assertEquals("app=web", ((StepAction.DeletePod) second.get(3)).pod().text());
        assertTrue(((StepAction.Burst) second.get(4)).spreadClients());
    }

    @Test
    void aTextWithErrorsIsNotRecordedAsAStep() {
        recording.start(WEB);
        recording.textApplied("kind: [\n");
        recording.kubectl(List.of("get", "pods"));
        Lesson l = load(recording.write("errors", 8, ClusterTopology.defaults()));
        assertEquals(1, l.steps().size());
        assertEquals(List.of("kubectl"), l.steps().get(0).actions().stream().map(StepAction::key).toList());
    }

    @Test
    void kubectlWordsWithSpacesAreQuotedSoTheyReadBackTheSame() {
        recording.start(WEB);
        List<String> args = List.of("patch", "svc", "web", "-p", "{\"spec\": {\"type\": \"NodePort\"}}");
        recording.kubectl(args);
        Lesson l = load(recording.write("patched", 8, ClusterTopology.defaults()));
        assertEquals(args, ((StepAction.Kubectl) l.steps().get(0).actions().get(0)).args());
    }

    @Test
    void anotherTopologyIsKeptAsTheStepsTopologyAction() {
        recording.start(WEB);
        ClusterTopology two = new ClusterTopology(ClusterTopology.defaults().nodes().subList(0, 2),
                ClusterTopology.defaults().clients(), ClusterTopology.defaults().serviceCIDR(),
                ClusterTopology.defaults().nodePortRange(), ClusterTopology.defaults().cloudLoadBalancer(),
                ClusterTopology.defaults().proxyMode(), ClusterTopology.defaults().ingressController());
        recording.topology(two);
        LoadedLesson l = LessonLoader.parse("t.yaml", recording.write("two-nodes", 8, ClusterTopology.defaults()));
        assertTrue(l.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), l.diagnostics()::toString);
        StepAction.SetTopology t = (StepAction.SetTopology) l.lesson().steps().get(0).actions().get(0);
        assertEquals(2, t.topology().nodes().size());
        assertNotNull(t.pos());
    }
}
