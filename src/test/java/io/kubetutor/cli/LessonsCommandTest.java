package io.kubetutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lessons check [DIR]`: located problems, one line per lesson, exit 1 on any error. */
class LessonsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TutorCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theBundledLessonsPass() {
        assertEquals(0, run("lessons", "check"), err.toString());
        // One "ok" line per bundled lesson, in course order; the course grows, so only its start is named.
        assertTrue(out.toString().startsWith("""
                lessons/01-why-services.yaml: ok, 5 steps played
                lessons/02-anatomy.yaml: ok, 6 steps played
                """), out.toString());
        assertTrue(out.toString().lines().allMatch(l -> l.matches("lessons/\\d\\d-[a-z0-9-]+\\.yaml: ok, \\d+ steps played")),
                out.toString());
    }

    @Test
    void aGoalThatHoldsBeforeItsSolutionFailsTheCheckAtTheGoal() throws Exception {
        Files.writeString(dir.resolve("01-easy.yaml"), """
                id: easy
                order: 1
                title: {en: Easy, ko: 쉬움}
                steps:
                  - text: {en: Nothing to do., ko: 할 일이 없습니다.}
                    goal:
                      text: {en: The kubernetes Service exists., ko: kubernetes 서비스가 있다.}
                      check: {field: {object: service/kubernetes, path: /spec/type, equals: ClusterIP}}
                    solution: {actions: [advance: 1s]}
                """);
        assertEquals(1, run("lessons", "check", dir.toString()));
        assertEquals(dir + "/01-easy.yaml:8:14: error: step 1: the goal already holds when the step opens (checked by "
                + "sending): service/kubernetes /spec/type is ClusterIP\n"
                + dir + "/01-easy.yaml: FAILED, 1 step played (1 error, 0 warnings)\n", out.toString());
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersStillChecked() throws Exception {
        Files.writeString(dir.resolve("01-broken.yaml"), "id: broken\norder: 1\ntitle: {en: B}\nsteps: []\n");
        Files.copy(Path.of("lessons/02-anatomy.yaml"), dir.resolve("02-anatomy.yaml"));
        assertEquals(1, run("lessons", "check", dir.toString()));
        String text = out.toString();
        assertTrue(text.contains(dir + "/01-broken.yaml:3:8: error: title.ko: required field is missing\n"), text);
        assertTrue(text.contains(dir + "/01-broken.yaml:4:8: error: steps: a lesson has at least one step\n"), text);
        assertTrue(text.endsWith(dir + "/01-broken.yaml: FAILED (2 errors, 0 warnings)\n"
                + dir + "/02-anatomy.yaml: ok, 6 steps played\n"), text);
    }

    @Test
    void aMissingFolderIsAnErrorOnStderr() {
        assertEquals(1, run("lessons", "check", dir.resolve("nope").toString()));
        assertEquals("error: the path \"" + dir.resolve("nope") + "\" does not exist\n", err.toString());
    }

    @Test
    void aManifestErrorInALessonIsPlacedOnItsLineInTheLessonFile() throws Exception {
        Files.writeString(dir.resolve("01-bad-port.yaml"), """
                id: bad-port
                order: 1
                title: {en: Bad port, ko: 잘못된 포트}
                manifest: |
                  apiVersion: v1
                  kind: Service
                  metadata: {name: web}
                  spec:
                    type: NodePort
                    ports: [{port: 80, nodePort: 80}]
                steps:
                  - text: {en: Look., ko: 보세요.}
                """);
        assertEquals(1, run("lessons", "check", dir.toString()));
        assertTrue(out.toString().startsWith(dir + "/01-bad-port.yaml:10:34: error: start: manifest: The Service \"web\" "
                + "is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The "
                + "range of valid ports is 30000-32767\n"), out.toString());
    }

    @Test
    void aGoalNamingAServiceThatNeverExistsFailsEvenInsideNot() throws Exception {
        Files.writeString(dir.resolve("01-ghost.yaml"), """
                id: ghost
                order: 1
                title: {en: Ghost, ko: 유령}
                steps:
                  - text: {en: Scale., ko: 늘리세요.}
                    goal:
                      text: {en: Not one ready address., ko: 준비된 주소가 하나가 아니다.}
                      check:
                        all:
                          - not: {endpoints: {service: ghost, ready: 1}}
                          - field: {object: service/kubernetes, path: /spec/type, equals: NodePort}
                    solution:
                      actions:
                        - kubectl: patch svc kubernetes -p '{"spec":{"type":"NodePort"}}'
                """);
        assertEquals(1, run("lessons", "check", dir.toString()));
        assertTrue(out.toString().contains(dir + "/01-ghost.yaml:10:18: error: step 1: endpoints: there is no Service "
                + "default/ghost after the solution\n"), out.toString());
    }
}
