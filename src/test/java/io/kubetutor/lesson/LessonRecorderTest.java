package io.kubetutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.session.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Record as lesson": a teacher's sandbox session written as a lesson file that loads and plays. */
class LessonRecorderTest {
    static final SourcePos AT = SourcePos.START;
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
    static final String WEB_NODEPORT = WEB + """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}
            """;

    private static LessonRecorder teacherSession() {
        LessonRecorder r = new LessonRecorder();
        r.textApplied(WEB);
        r.did(new StepAction.Advance(30_000, "30s", AT));
        r.did(new StepAction.Kubectl("get pods -o wide", List.of("get", "pods", "-o", "wide"), AT));
        r.textApplied(WEB_NODEPORT);
        r.did(new StepAction.Send(new Traffic("laptop", "http://192.168.1.2:30080", Traffic.Kind.CURL), 3, AT));
        r.did(new StepAction.DeletePod(PodRef.parse("app=web"), AT));
        r.did(new StepAction.AppAnswers(PodRef.parse("web-*"), false, true, AT));
        r.did(new StepAction.Scale("deployment/web", "default", 3, AT));
        r.did(new StepAction.Burst(new Traffic("laptop", "http://192.168.1.3:30080", Traffic.Kind.KEEP_ALIVE), 50, true,
                AT));
        r.did(new StepAction.Highlight(List.of("svc:default/web", "node2"), AT));
        r.did(new StepAction.Kubectl("describe svc web  # \"quoted\"", List.of("describe", "svc", "web"), AT));
        return r;
    }

    @Test
    void aRecordedSkeletonLoadsBackWithOnlyItsTodoWarnings() {
        String text = teacherSession().write("recorded", 7, ClusterTopology.defaults());
        LoadedLesson l = LessonLoader.parse("07-recorded.yaml", text);
        assertEquals(List.of(), l.diagnostics().stream().filter(d -> d.severity() != Severity.WARNING)
                .map(Diagnostic::format).toList(), text);
        assertTrue(l.diagnostics().stream().allMatch(d -> d.message().endsWith("still holds TODO text")));
        Lesson lesson = l.lesson();
        assertEquals(WEB, lesson.manifest());
        assertEquals(2, lesson.steps().size());
        assertEquals(List.of("advance", "kubectl"), lesson.steps().get(0).actions().stream().map(StepAction::key).toList());
        List<StepAction> second = lesson.steps().get(1).actions();
        assertEquals(WEB_NODEPORT, ((StepAction.LoadManifest) second.get(0)).text());
        assertEquals(new Traffic("laptop", "http://192.168.1.2:30080", Traffic.Kind.CURL),
                ((StepAction.Send) second.get(1)).traffic());
        assertEquals("describe svc web  # \"quoted\"", ((StepAction.Kubectl) second.get(7)).line());
    }

    @Test
    void aRecordedSkeletonPlaysWithoutErrors() {
        Lesson lesson = LessonLoader.parse("07-recorded.yaml", teacherSession().write("recorded", 7,
                ClusterTopology.defaults())).lesson();
        List<String> errors = LessonCheck.play(lesson, 1).stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void aChangedTopologyIsWrittenInFullAndReadBackEqual() {
        ClusterTopology two = Topologies.withProxyMode(Topologies.withNodes(ClusterTopology.defaults(), 2),
                ClusterTopology.ProxyMode.IPVS);
        LessonRecorder r = new LessonRecorder();
        r.textApplied("");
        r.did(new StepAction.SetTopology(ClusterTopology.defaults(), AT));
        Lesson lesson = LessonLoader.parse("x.yaml", r.write("topo", 1, two)).lesson();
        assertEquals(two, lesson.topology());
        assertEquals(ClusterTopology.defaults(), ((StepAction.SetTopology) lesson.steps().get(0).actions().get(0))
                .topology());
    }

    @Test
    void nodeLabelsAreWrittenWithTheTopologyAndReadBackEqual() {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology labelled = new ClusterTopology(List.of(d.nodes().get(0),
                new ClusterTopology.Node("node2", "192.168.1.3", "10.244.1.0/24", false,
                        java.util.Map.of("disk", "ssd")),
                new ClusterTopology.Node("node3", "192.168.1.4", "10.244.2.0/24", true,
                        java.util.Map.of("node-role.kubernetes.io/worker", "", "example.com/yes", "true"))),
                d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(), d.proxyMode());
        LessonRecorder r = new LessonRecorder();
        r.textApplied("");
        assertEquals(labelled, LessonLoader.parse("x.yaml", r.write("labels", 1, labelled)).lesson().topology());
    }

    @Test
    void textsThatABlockCannotHoldExactlyAreQuotedAndReadBackTheSame() {
        for (String text : List.of("a\nb", "a\nb\n", "a\nb\n\n", "  indented first\nline\n", "tab\there\n", "yes",
                "30080", "trailing \nspace\n", "")) {
            LessonRecorder r = new LessonRecorder();
            r.textApplied(text);
            Lesson lesson = LessonLoader.parse("x.yaml", r.write("t", 1, ClusterTopology.defaults())).lesson();
            assertEquals(text, lesson.manifest(), () -> "round trip of " + text);
        }
    }

    @Test
    void aPodIsRecordedByItsOwnLabelsNotTheControllersHash() {
        Pod p = new Pod(new ObjectMeta("web-7c9-x2k", "", "shop", Map.of("app", "web", "pod-template-hash", "7c9"),
                Map.of()), null, PodStatus.EMPTY, null);
        assertEquals("shop/app=web", LessonRecorder.podRef(p).text());
        Pod bare = new Pod(new ObjectMeta("client", "", "default", Map.of(), Map.of()), null, PodStatus.EMPTY, null);
        assertEquals("client", LessonRecorder.podRef(bare).text());
    }
}
