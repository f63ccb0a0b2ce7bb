package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** kubectl exec's own behaviour around the program: arguments, the pod, the container, and failures. */
class ExecCommandTest {
    private static final String OCI_PREFIX = "error: Internal error occurred: error executing command in container:"
            + " failed to exec in container: failed to start exec \"";
    private static final String MORE_PODS = """
            apiVersion: v1
            kind: Pod
            metadata: {name: done}
            spec: {restartPolicy: Never, containers: [{name: job, image: busybox}]}
            status: {phase: Succeeded}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: waiting}
            spec: {containers: [{name: app, image: nginx}]}
            status: {podIP: 10.250.0.5}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: annotated
              annotations: {kubectl.kubernetes.io/default-container: app}
            spec:
              containers: [{name: proxy, image: nginx}, {name: app, image: nginx}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: whoami}
            spec: {containers: [{name: whoami, image: traefik/whoami:v1.10}]}
            """;

    private final ExecScenario s = ExecScenario.settled();

    private ExecScenario withMorePods() {
        s.apply(MORE_PODS);
        s.cluster.settle(10 * 60_000);
        return s;
    }

    @Test
    void theCommandMustFollowTwoDashes() {
        assertEquals(new Kubectl.Output("", """
                error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead
                See 'kubectl exec -h' for help and examples
                """, 1), s.run("exec", "client", "curl", "web"));
    }

    @Test
    void aPodAndACommandAreRequired() {
        assertEquals(new Kubectl.Output("", "error: you must specify at least one command for the container\n", 1),
                s.run("exec", "client"));
        assertEquals(new Kubectl.Output("", "error: you must specify at least one command for the container\n", 1),
                s.run("exec", "client", "--"));
        assertEquals(new Kubectl.Output("", "error: pod, type/name or --filename must be specified\n", 1),
                s.run("exec", "--", "curl", "web"));
    }

    @Test
    void aMissingPodIsTheServersNotFound() {
        assertEquals(new Kubectl.Output("", "Error from server (NotFound): pods \"nope\" not found\n", 1),
                s.run("exec", "nope", "--", "env"));
        assertEquals(new Kubectl.Output("", "Error from server (NotFound): pods \"web-a\" not found\n", 1),
                s.run("exec", "-n", "kube-system", "web-a", "--", "env"), "-n picks the namespace");
    }

    @Test
    void thePodMayBeNamedAsTypeSlashName() {
        assertEquals(new Kubectl.Output("web-a\n", "", 0), s.run("exec", "pod/web-a", "--", "hostname"));
        assertEquals(new Kubectl.Output("web-a\n", "", 0), s.run("exec", "po/web-a", "--", "hostname"));
        assertEquals(new Kubectl.Output("", "error: the server doesn't have a resource type \"pdo\"\n", 1),
                s.run("exec", "pdo/web-a", "--", "hostname"));
    }

    @Test
    void severalContainersDefaultToTheFirstWithANoteOnStderr() {
        assertEquals(new Kubectl.Output("client\n", "Defaulted container \"client\" out of: client, sidecar\n", 0),
                s.run("exec", "client", "--", "hostname"));
        assertEquals(new Kubectl.Output("client\n", "", 0), s.run("exec", "-q", "client", "--", "hostname"),
                "-q keeps kubectl quiet");
        assertEquals(new Kubectl.Output("client\n", "", 0), s.run("exec", "client", "-c", "sidecar", "--", "hostname"));
    }

    @Test
    void theDefaultContainerAnnotationPicksQuietly() {
        withMorePods();
        Kubectl.Output o = s.run("exec", "annotated", "--", "printenv", "HOSTNAME");
        assertEquals(new Kubectl.Output("annotated\n", "", 0), o);
    }

    @Test
    void anUnknownContainerIsRefusedByTheApiServer() {
        assertEquals(new Kubectl.Output("", "Error from server (BadRequest): container nope is not valid for pod"
                + " client\n", 1), s.run("exec", "client", "-c", "nope", "--", "env"));
    }

    @Test
    void aCompletedPodCannotBeExecedInto() {
        withMorePods();
        assertEquals(new Kubectl.Output("", "error: cannot exec into a container in a completed pod; current phase is"
                + " Succeeded\n", 1), s.run("exec", "done", "--", "env"));
    }

    @Test
    void anUnscheduledPodHasNoHostToExecOn() {
        withMorePods();
        assertEquals(new Kubectl.Output("", "Error from server (BadRequest): pod waiting does not have a host"
                + " assigned\n", 1), s.run("exec", "waiting", "--", "env"));
    }

    @Test
    void aContainerStillBeingCreatedIsNotFoundByTheKubelet() {
        ExecScenario fresh = ExecScenario.applied(ExecScenario.read(ExecScenario.EXEC_YAML));
        assertEquals(new Kubectl.Output("", "error: unable to upgrade connection: container not found (\"web\")\n", 1),
                fresh.run("exec", "web-a", "--", "env"));
    }

    @Test
    void aProgramTheImageLacksFailsInTheRuntime() {
        Kubectl.Output o = s.run("exec", "web-a", "--", "dig", "web");
        assertEquals(1, o.exitCode());
        assertTrue(o.stderr().startsWith(OCI_PREFIX), o.stderr());
        assertTrue(o.stderr().endsWith("\": OCI runtime exec failed: exec failed: unable to start container process:"
                + " exec: \"dig\": executable file not found in $PATH: unknown\n"), o.stderr());
        String id = o.stderr().substring(OCI_PREFIX.length(), OCI_PREFIX.length() + 64);
        assertTrue(id.matches("[0-9a-f]{64}"), id);
        String next = s.run("exec", "web-a", "--", "dig", "web").stderr();
        assertNotEquals(id, next.substring(OCI_PREFIX.length(), OCI_PREFIX.length() + 64), "each exec has its own id");
    }

    @Test
    void aPathThatDoesNotExistFailsItsStat() {
        Kubectl.Output o = s.run("exec", "web-a", "--", "/opt/tool");
        assertTrue(o.stderr().endsWith("unable to start container process: exec: \"/opt/tool\": stat /opt/tool: no such"
                + " file or directory: unknown\n"), o.stderr());
        assertEquals(new Kubectl.Output("web-a\n", "", 0), s.run("exec", "web-a", "--", "/bin/hostname"));
    }

    @Test
    void anImageBuiltFromScratchHasNoProgramsAtAll() {
        withMorePods();
        Kubectl.Output o = s.run("exec", "whoami", "--", "curl", "http://web");
        assertTrue(o.stderr().startsWith(OCI_PREFIX) && o.stderr().endsWith(
                "exec: \"curl\": executable file not found in $PATH: unknown\n"), o.stderr());
    }

    @Test
    void shellsAndCommonUtilitiesAreBeyondTheTutorNotMissing() {
        assertEquals(new Kubectl.Output("", "error: the tutor runs one program per kubectl exec and does not simulate"
                + " shells (sh); run the program itself: kubectl exec POD -- curl http://web\n", 1),
                s.run("exec", "-it", "web-a", "--", "sh"));
        assertEquals(new Kubectl.Output("", "error: the tutor does not simulate ls; inside a pod it runs curl, nslookup,"
                + " ping, cat (of /etc/resolv.conf, /etc/hosts, /etc/hostname), env, printenv and hostname\n", 1),
                s.run("exec", "web-a", "--", "ls", "/"));
    }

    @Test
    void aFlagTheTutorDoesNotSimulateIsNamed() {
        assertEquals(new Kubectl.Output("", "error: the tutor does not simulate the --filename flag of kubectl exec\n", 1),
                s.run("exec", "-f", "pod.yaml", "--", "env"));
    }
}
