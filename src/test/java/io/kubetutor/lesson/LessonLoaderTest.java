package io.kubetutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.net.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lesson files: every part of the format, and exact, located messages for broken files. */
class LessonLoaderTest {
    static final String MINIMAL = """
            id: sample
            order: 3
            title: {en: A sample, ko: 예시}
            steps:
              - text: {en: Read this., ko: 읽어 보세요.}
            """;

    @TempDir
    Path dir;

    private static List<String> lines(LoadedLesson l) {
        return l.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static LoadedLesson parse(String text) {
        return LessonLoader.parse("l.yaml", text);
    }

    @Test
    void aMinimalLessonLoadsWithDefaultTopologyAndEmptyManifest() {
        LoadedLesson l = parse(MINIMAL);
        assertEquals(List.of(), lines(l));
        assertEquals("sample", l.lesson().id());
        assertEquals(3, l.lesson().order());
        assertEquals(new Localized("A sample", "예시"), l.lesson().title());
        assertEquals(io.kubetutor.model.ClusterTopology.defaults(), l.lesson().topology());
        assertEquals("", l.lesson().manifest());
        assertEquals(1, l.lesson().steps().size());
    }

    @Test
    void everyPartOfAStepIsRead() {
        LoadedLesson l = parse(MINIMAL + """
                  - text: {en: Go., ko: 가요.}
                    actions:
                      - advance: 1m30s
                      - send: {from: laptop, to: "http://192.168.1.2:30080", count: 2}
                      - burst: {from: laptop, to: web, count: 100, kind: keep-alive, spreadClients: true}
                      - deletePod: app=web
                      - appAnswers: {pod: web-*, answers: false, all: true}
                      - scale: {workload: deployment/web, replicas: 2}
                      - kubectl: kubectl get svc -o wide
                      - topology: {nodes: [{name: n1, ip: 192.168.1.2}]}
                      - highlight: [node1, svc:default/web, pod:app=web, client:laptop, lb, default/client]
                    predict:
                      question: {en: "Which pod?", ko: "어느 파드?"}
                      ask: pod
                      send: {from: laptop, to: "http://192.168.1.2:30080"}
                      among: app=web
                    goal:
                      text: {en: Reach it., ko: 닿게 하세요.}
                      check:
                        all:
                          - reach: {from: laptop, to: "http://192.168.1.2:30080", outcome: refused}
                          - not: {onePod: {from: app=client, to: http://web, count: 5}}
                          - any:
                              - sourceIp: {from: laptop, to: web, seen: node}
                              - hops: {from: laptop, to: web, extraHop: false}
                          - dns: {from: client, name: web, answer: clusterIP, service: web}
                          - endpoints: {service: default/web, ready: 3}
                          - field: {object: svc/web, path: /spec/ports/0/nodePort, equals: 30080}
                    hints:
                      - {en: One., ko: 하나.}
                    solution:
                      manifest: "kind: x"
                      actions: [advance: 5s]
                """);
        assertEquals(List.of(), lines(l));
        Step s = l.lesson().steps().get(1);
        assertEquals(9, s.actions().size());
        assertEquals(90_000, ((StepAction.Advance) s.actions().get(0)).millis());
        StepAction.Send send = (StepAction.Send) s.actions().get(1);
        assertEquals(new Traffic("laptop", "http://192.168.1.2:30080", Traffic.Kind.CURL), send.traffic());
        assertEquals(2, send.count());
        assertEquals(List.of("get", "svc", "-o", "wide"), ((StepAction.Kubectl) s.actions().get(6)).args());
        assertEquals(PodRef.Form.PREFIX, ((StepAction.AppAnswers) s.actions().get(4)).pod().form());
        assertEquals(Prediction.Ask.POD, s.predict().ask());
        Condition.All all = (Condition.All) s.goal().check();
        assertEquals(Outcome.REFUSED, ((Condition.Reach) all.parts().get(0)).outcome());
        assertInstanceOf(Condition.OnePod.class, ((Condition.Not) all.parts().get(1)).part());
        assertEquals("default/web", ((Condition.Dns) all.parts().get(3)).service());
        assertEquals("30080", ((Condition.Field) all.parts().get(5)).equals());
        assertEquals("kind: x", s.solution().manifest());
        assertEquals(2, s.solution().asActions().size());
        assertEquals(1, s.hints().size());
    }

    @Test
    void aMissingRequiredFieldIsNamedAtItsMapping() {
        LoadedLesson l = parse(MINIMAL.replace("order: 3\n", ""));
        assertNull(l.lesson());
        assertEquals(List.of("l.yaml:1:1: error: order: required field is missing"), lines(l));
    }

    @Test
    void aTextWithoutKoreanIsRefusedAtTheText() {
        LoadedLesson l = parse(MINIMAL.replace("{en: Read this., ko: 읽어 보세요.}", "{en: Read this.}"));
        assertEquals(List.of("l.yaml:5:11: error: steps[0].text.ko: required field is missing"), lines(l));
    }

    @Test
    void anUnknownActionListsTheKnownOnes() {
        LoadedLesson l = parse(MINIMAL + """
                    actions:
                      - delete: web
                """);
        assertEquals(List.of("l.yaml:7:9: error: steps[0].actions[0]: unknown action \"delete\" (known actions: "
                + "manifest, advance, send, burst, deletePod, appAnswers, scale, kubectl, topology, highlight)"), lines(l));
    }

    @Test
    void anUnknownConditionInAGoalIsLocatedAtItsKey() {
        LoadedLesson l = parse(MINIMAL + """
                    goal:
                      text: {en: Do it., ko: 하세요.}
                      check:
                        reaches: {from: laptop, to: web}
                    solution: {actions: [advance: 1s]}
                """);
        assertEquals(List.of("l.yaml:9:9: error: steps[0].goal.check: unknown condition \"reaches\" (known "
                + "conditions: all, any, not, reach, landsOn, onePod, sourceIp, hops, dns, endpoints, field)"), lines(l));
    }

    @Test
    void badValuesInsideAGoalAreEachLocated() {
        LoadedLesson l = parse(MINIMAL + """
                    goal:
                      text: {en: Do it., ko: 하세요.}
                      check:
                        all:
                          - reach: {from: laptop, to: web, outcome: answered}
                          - sourceIp: {from: laptop, to: web, seen: somewhere}
                          - endpoints: {service: web}
                """);
        assertEquals(List.of(
                "l.yaml:5:5: error: steps[0].solution: required field is missing (a step with a goal has a solution, "
                        + "which lessons check plays)",
                "l.yaml:10:53: error: steps[0].goal.check.all[0].reach.outcome: unknown outcome \"answered\" (one of: "
                        + "delivered, refused, dropped, unreachable, nxdomain, no-reply)",
                "l.yaml:11:53: error: steps[0].goal.check.all[1].sourceIp.seen: must be client, node or an IPv4 "
                        + "address, not \"somewhere\"",
                "l.yaml:12:24: error: steps[0].goal.check.all[2].endpoints: give ready, notReady or both"), lines(l));
    }

    @Test
    void aGoalWithoutVisibleTextIsRefused() {
        LoadedLesson l = parse(MINIMAL + """
                    goal:
                      check: {reach: {from: laptop, to: web}}
                    solution: {actions: [advance: 1s]}
                """);
        assertEquals(List.of("l.yaml:7:7: error: steps[0].goal.text: required field is missing"), lines(l));
    }

    @Test
    void aPathOutsideTheLessonsFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("03-sample.yaml"), MINIMAL.replace("steps:", "topology: ../cluster.yaml\nsteps:"));
        LoadedLesson l = LessonLoader.load(LessonFolder.of(dir), "03-sample.yaml");
        assertNull(l.lesson());
        assertEquals(List.of(dir + "/03-sample.yaml:4:11: error: topology: \"../cluster.yaml\" is outside the lessons "
                + "folder; a lesson refers only to files in its folder or below it"), lines(l));
    }

    @Test
    void aClusterFileBesideTheLessonIsReadAndItsErrorsAreLocatedInIt() throws Exception {
        Files.createDirectories(dir.resolve("clusters"));
        Files.writeString(dir.resolve("clusters/two.yaml"), "nodes:\n  - {name: a, ip: 192.168.1.2}\n  - {name: b, ip: 192.168.1.3}\n");
        Files.writeString(dir.resolve("03-sample.yaml"), MINIMAL.replace("steps:", "topology: clusters/two.yaml\nsteps:"));
        LoadedLesson ok = LessonLoader.load(LessonFolder.of(dir), "03-sample.yaml");
        assertEquals(List.of(), lines(ok));
        assertEquals(List.of("a", "b"), ok.lesson().topology().nodes().stream().map(n -> n.name()).toList());

        Files.writeString(dir.resolve("clusters/two.yaml"), "nodes:\n  - {name: a, ip: 192.168.1.300}\n");
        LoadedLesson bad = LessonLoader.load(LessonFolder.of(dir), "03-sample.yaml");
        assertEquals(List.of(
                dir + "/03-sample.yaml:4:11: error: topology: the cluster file \"clusters/two.yaml\" has errors",
                dir + "/clusters/two.yaml:2:19: error: nodes[0].ip: Invalid value: \"192.168.1.300\": must be a valid "
                        + "IPv4 address, such as 192.168.1.2"), lines(bad));
    }

    @Test
    void anInlineTopologyIsReadWithTheClusterFileRules() {
        LoadedLesson l = parse(MINIMAL.replace("steps:", "topology:\n  proxyMode: nftables\nsteps:"));
        assertEquals(List.of("l.yaml:5:14: error: topology: proxyMode: Unsupported value: \"nftables\": supported "
                + "values: \"iptables\", \"ipvs\""), lines(l));
    }

    @Test
    void brokenYamlGivesItsLocatedErrorAndNeverThrows() {
        LoadedLesson l = parse("id: x\n  order: [\n");
        assertNull(l.lesson());
        assertEquals(1, l.diagnostics().size());
        assertEquals(Severity.ERROR, l.diagnostics().get(0).severity());
        assertTrue(l.diagnostics().get(0).pos().line() >= 1);
        assertNull(parse("").lesson());
        assertEquals(List.of("l.yaml:1:1: error: the file is empty; a lesson has id, order, title and steps"),
                lines(parse("")));
    }

    @Test
    void theFileIsNamedAfterOrderAndId() throws Exception {
        Files.writeString(dir.resolve("3-sample.yaml"), MINIMAL);
        LoadedLesson l = LessonLoader.load(LessonFolder.of(dir), "3-sample.yaml");
        assertEquals(List.of(dir + "/3-sample.yaml:1:5: error: the lesson with id \"sample\" and order 3 is kept in a "
                + "file named 03-sample.yaml, not 3-sample.yaml"), lines(l));
    }

    @Test
    void twoLessonsWithOneIdOrOnePlaceAreRefusedButTheFirstStillLoads() throws Exception {
        Files.writeString(dir.resolve("03-sample.yaml"), MINIMAL);
        Files.writeString(dir.resolve("04-sample.yaml"), MINIMAL.replace("order: 3", "order: 4"));
        Files.writeString(dir.resolve("03-other.yaml"), MINIMAL.replace("id: sample", "id: other"));
        List<LoadedLesson> all = LessonLoader.loadAll(LessonFolder.of(dir));
        assertEquals(List.of("03-other.yaml", "03-sample.yaml", "04-sample.yaml"),
                all.stream().map(l -> Path.of(l.file()).getFileName().toString()).toList());
        assertNotNull(all.get(0).lesson());
        assertEquals(List.of(dir + "/03-sample.yaml:1:1: error: order: 3 is also the order of " + dir
                + "/03-other.yaml"), lines(all.get(1)));
        assertEquals(List.of(dir + "/04-sample.yaml:1:1: error: id: \"sample\" is also the id of " + dir
                + "/03-sample.yaml"), lines(all.get(2)));
    }

    @Test
    void oneBrokenLessonDoesNotStopTheOthers() throws Exception {
        Files.writeString(dir.resolve("03-sample.yaml"), MINIMAL);
        Files.write(dir.resolve("04-broken.yaml"), new byte[] {(byte) 0xff, 0x00, 0x41});
        List<LoadedLesson> all = LessonLoader.loadAll(LessonFolder.of(dir));
        assertNotNull(all.get(0).lesson());
        assertEquals(List.of(dir + "/04-broken.yaml:1:1: error: \"04-broken.yaml\" is not UTF-8 text"), lines(all.get(1)));
    }

    @Test
    void aTextStillHoldingTodoIsAWarningNotAnError() {
        LoadedLesson l = parse(MINIMAL.replace("Read this.", "TODO write"));
        assertNotNull(l.lesson());
        assertEquals(List.of("l.yaml:5:11: warning: steps[0].text: still holds TODO text"), lines(l));
    }

    @Test
    void aSendActionRefusesWhatTheTrafficBarWouldRefuse() {
        LoadedLesson l = parse(MINIMAL + """
                    actions:
                      - send: {from: laptop, to: "ftp://x", kind: http}
                      - deletePod: "Web Pod"
                      - advance: soon
                      - highlight: [svc:web]
                """);
        assertFalse(l.diagnostics().isEmpty());
        assertEquals(List.of(
                "l.yaml:7:34: error: steps[0].actions[0].send.to: unsupported scheme \"ftp\" in ftp://x: the tutor "
                        + "simulates http and https",
                "l.yaml:7:51: error: steps[0].actions[0].send.kind: unknown kind \"http\" (one of: curl, keep-alive, "
                        + "ping, nslookup)",
                "l.yaml:8:20: error: steps[0].actions[1].deletePod: \"Web Pod\" is not a pod name, a prefix (web-*) or "
                        + "labels (app=web)",
                "l.yaml:9:18: error: steps[0].actions[2].advance: \"soon\" is not a duration from 1ms to 24h (write "
                        + "500ms, 30s, 5m, 1h or 1m30s)",
                "l.yaml:10:21: error: steps[0].actions[3].highlight[0]: \"svc:web\" is not an element of the topology "
                        + "(a node name, NS/POD, pod:POD, svc:NS/NAME, ing:NS/NAME, client:NAME or lb)"), lines(l));
    }

    @Test
    void aManifestInABlockKnowsWhereItsLinesAreInTheLessonFile() {
        LoadedLesson l = parse(MINIMAL.replace("steps:", "manifest: |\n  apiVersion: v1\n  kind: Service\nsteps:"));
        TextOrigin o = l.lesson().manifestOrigin();
        assertEquals(new io.kubetutor.model.SourcePos(6, 3), o.map(new io.kubetutor.model.SourcePos(2, 1)));
    }
}
