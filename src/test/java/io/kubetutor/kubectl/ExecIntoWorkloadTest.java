package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Pod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl exec TYPE/NAME for a workload or a Service (polymorphichelpers.AttachablePodForObject):
 * the most active matching pod runs the command and kubectl says nothing about the choice; only a
 * pod with several containers adds its "Defaulted container" note. SelectorsForObject's errors come
 * wrapped as "cannot attach to *v1.Kind: ...", and with no matching pod the watch for one times out.
 */
class ExecIntoWorkloadTest {
    private static final String YAML = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: nginx
                    image: nginx:1.27
                    ports: [{containerPort: 80}]
                    readinessProbe: {httpGet: {path: /, port: 80}}
                  - name: logger
                    image: busybox
                    command: [sleep, infinity]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{port: 80}]
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              replicas: 2
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers: [{name: redis, image: redis:7}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: none}
            spec:
              replicas: 0
              selector: {matchLabels: {app: none}}
              template:
                metadata: {labels: {app: none}}
                spec:
                  containers: [{name: app, image: nginx}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: ext}
            spec:
              ports: [{port: 80}]
            """;
    private static final String DEFAULTED = "Defaulted container \"nginx\" out of: nginx, logger\n";

    private final ExecScenario s = ExecScenario.settled(YAML);

    /** The Deployment's pods by name, as the API server lists them. */
    private List<String> webPods() {
        List<String> names = new ArrayList<>();
        for (Pod p : s.cluster.snapshot().all(Pod.class)) {
            if ("web".equals(p.metadata().labels().get("app"))) {
                names.add(p.name());
            }
        }
        names.sort(null);
        return names;
    }

    @Test
    void aDeploymentRunsTheCommandInItsFirstPodAndOnlyTheContainerChoiceIsNoted() {
        List<String> pods = webPods();
        assertEquals(2, pods.size());
        assertEquals(new Kubectl.Output(pods.get(0) + "\n", DEFAULTED, 0), s.run("exec", "deploy/web", "--", "hostname"));
        assertEquals(new Kubectl.Output(pods.get(0) + "\n", "", 0),
                s.run("exec", "deployment/web", "-c", "logger", "--", "hostname"));
    }

    @Test
    void aReadyPodIsPreferredToOneThatSortsFirstButIsNotReady() {
        List<String> pods = webPods();
        s.cluster.setAppAnswers("default", pods.get(0), false);
        s.cluster.settle(60_000);
        assertEquals(new Kubectl.Output(pods.get(1) + "\n", DEFAULTED, 0), s.run("exec", "svc/web", "--", "hostname"));
    }

    @Test
    void aStatefulSetRunsItInTheOldestReadyPod() {
        assertEquals(new Kubectl.Output("db-0\n", "", 0), s.run("exec", "sts/db", "--", "hostname"));
        assertEquals(new Kubectl.Output("db-1\n", "", 0), s.run("exec", "pod/db-1", "--", "hostname"));
    }

    @Test
    void aReplicaSetIsFoundByItsOwnName() {
        String pod = webPods().get(0);
        String replicaSet = pod.substring(0, pod.lastIndexOf('-'));
        assertEquals(new Kubectl.Output(pod + "\n", DEFAULTED, 0), s.run("exec", "rs/" + replicaSet, "--", "hostname"));
    }

    @Test
    void aServiceWithoutSelectorCannotBeAttachedTo() {
        assertEquals(new Kubectl.Output("", "error: cannot attach to *v1.Service: invalid service 'ext': Service is"
                + " defined without a selector\n", 1), s.run("exec", "svc/ext", "--", "hostname"));
    }

    @Test
    void kindsWithoutAPodSelectorAreNotImplemented() {
        assertEquals(new Kubectl.Output("", "Warning: " + Invocation.ENDPOINTS_DEPRECATED + "\nerror: cannot attach to"
                + " *v1.Endpoints: selector for *v1.Endpoints not implemented\n", 1),
                s.run("exec", "ep/web", "--", "hostname"));
        assertEquals(new Kubectl.Output("", "error: cannot attach to *v1.Namespace: selector for *v1.Namespace not"
                + " implemented\n", 1), s.run("exec", "ns/default", "--", "hostname"));
    }

    @Test
    void withNoMatchingPodTheWaitForOneTimesOut() {
        assertEquals(new Kubectl.Output("", "error: timed out waiting for the condition\n", 1),
                s.run("exec", "deploy/none", "--", "hostname"));
    }
}
