package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Service;
import org.junit.jupiter.api.Test;

class ExposeTest {
    private final TestCluster cluster = Fixtures.web();

    private void assertOutput(Kubectl.Output out, String stdout, String stderr, int code) {
        assertEquals(stderr, out.stderr(), "stderr");
        assertEquals(stdout, out.stdout(), "stdout");
        assertEquals(code, out.exitCode(), "exit code");
    }

    @Test
    void aDryRunPrintsTheGeneratedServiceAsKubectlsYaml() {
        assertOutput(cluster.run("expose", "deployment", "web", "--name=web2", "--port=80", "--target-port=8080",
                        "--type=NodePort", "--dry-run=client", "-o", "yaml"),
                """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          creationTimestamp: null
                          labels:
                            app: web
                          name: web2
                        spec:
                          ports:
                          - port: 80
                            protocol: TCP
                            targetPort: 8080
                          selector:
                            app: web
                          type: NodePort
                        status:
                          loadBalancer: {}
                        """, "", 0);
    }

    @Test
    void aDryRunAsJsonKeepsTheGoStructOrder() {
        assertOutput(cluster.run("expose", "po", "web-0", "--port=80", "--dry-run=client", "-o", "json", "-n",
                        "default"),
                """
                        {
                            "kind": "Service",
                            "apiVersion": "v1",
                            "metadata": {
                                "name": "web-0",
                                "namespace": "default",
                                "creationTimestamp": null,
                                "labels": {
                                    "app": "web",
                                    "tier": "front"
                                }
                            },
                            "spec": {
                                "ports": [
                                    {
                                        "protocol": "TCP",
                                        "port": 80,
                                        "targetPort": 80
                                    }
                                ],
                                "selector": {
                                    "app": "web",
                                    "tier": "front"
                                }
                            },
                            "status": {
                                "loadBalancer": {}
                            }
                        }
                        """, "", 0);
    }

    @Test
    void withoutOutputADryRunSaysExposedDryRun() {
        assertOutput(cluster.run("expose", "deploy", "web", "--name", "w2", "--dry-run=client"),
                "service/w2 exposed (dry run)\n", "", 0);
        assertTrue(cluster.snapshot().get(Service.class, "default", "w2").isEmpty());
    }

    @Test
    void exposingCreatesTheServiceWithTheContainerPort() {
        assertOutput(cluster.run("expose", "deploy", "web", "--name=web-np", "--type=NodePort"),
                "service/web-np exposed\n", "", 0);
        Service s = cluster.snapshot().get(Service.class, "default", "web-np").orElseThrow();
        assertEquals(8080, s.spec().ports().get(0).port());
        assertEquals("NodePort", s.spec().type());
        assertEquals(java.util.Map.of("app", "web"), s.spec().selector());
    }

    @Test
    void exposingUnderATakenNameIsTheServersAlreadyExists() {
        Kubectl.Output out = cluster.run("expose", "deploy", "web", "--port=80");
        assertEquals(1, out.exitCode());
        assertTrue(out.stderr().contains("\"web\" already exists"), out.stderr());
    }

    @Test
    void severalPortsAreNamedPortOneAndPortTwo() {
        TestCluster c = TestCluster.with("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: dns
                  labels: {app: dns}
                spec:
                  containers:
                  - name: dns
                    image: coredns
                    ports:
                    - containerPort: 53
                      protocol: UDP
                    - containerPort: 9153
                """);
        assertOutput(c.run("expose", "pod", "dns", "--dry-run=client", "-o", "yaml"), """
                apiVersion: v1
                kind: Service
                metadata:
                  creationTimestamp: null
                  labels:
                    app: dns
                  name: dns
                spec:
                  ports:
                  - name: port-1
                    port: 53
                    protocol: UDP
                    targetPort: 53
                  - name: port-2
                    port: 9153
                    protocol: TCP
                    targetPort: 9153
                  selector:
                    app: dns
                status:
                  loadBalancer: {}
                """, "", 0);
    }

    @Test
    void aPodWithoutLabelsCannotBeExposed() {
        TestCluster c = TestCluster.with("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: bare
                spec:
                  containers:
                  - name: c
                    image: nginx
                """);
        assertOutput(c.run("expose", "pod", "bare", "--port=80"), "", "error: couldn't retrieve selectors via --selector"
                + " flag or introspection: the pod has no labels and cannot be exposed\n", 1);
    }

    @Test
    void anObjectWithoutPortsNeedsPort() {
        TestCluster c = TestCluster.with("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: noports
                  labels: {app: x}
                spec:
                  containers:
                  - name: c
                    image: nginx
                """);
        assertOutput(c.run("expose", "pod", "noports"), "",
                "error: couldn't find port via --port flag or introspection\n", 1);
    }

    @Test
    void aNamespaceCannotBeExposed() {
        assertOutput(cluster.run("expose", "ns", "shop", "--port=80"), "", "error: cannot expose a Namespace\n", 1);
    }

    @Test
    void anUnknownSessionAffinityIsRefusedByKubectl() {
        assertOutput(cluster.run("expose", "deploy", "web", "--name=x", "--session-affinity=Sticky"), "",
                "error: unknown session affinity: Sticky\n", 1);
    }

    @Test
    void aBadPortIsStrconvAtoisError() {
        assertOutput(cluster.run("expose", "deploy", "web", "--name=x", "--port=http"), "",
                "error: strconv.Atoi: parsing \"http\": invalid syntax\n", 1);
    }
}
