package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * kubectl get -o yaml|json of Services: the object as the API server returns it (every default the
 * server fills in, server-set metadata, status), printed from kubectl's unstructured copy, so both
 * printers sort the keys (YAML through sigs.k8s.io/yaml and go-yaml's key order, JSON through
 * encoding/json's map order, indented by four). Several objects, or none, come in a v1 List.
 */
class GetServicesAsYamlAndJsonTest {
    static final Path SCENARIO = Path.of("src/test/resources/scenarios/get-output.yaml");

    private final ExecScenario s = ExecScenario.settled(ExecScenario.read(SCENARIO));

    @Test
    void aNamedServiceIsPrintedWithEveryFieldTheServerDefaulted() {
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                kind: Service
                metadata:
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  labels:
                    app: web
                    tier: front
                  name: web
                  namespace: default
                  uid: 8c574138-a8d9-3117-bc4f-3ea5193e00aa
                spec:
                  clusterIP: 10.109.97.245
                  clusterIPs:
                  - 10.109.97.245
                  externalTrafficPolicy: Cluster
                  internalTrafficPolicy: Cluster
                  ipFamilies:
                  - IPv4
                  ipFamilyPolicy: SingleStack
                  ports:
                  - name: http
                    nodePort: 30080
                    port: 80
                    protocol: TCP
                    targetPort: 8080
                  selector:
                    app: web
                  sessionAffinity: None
                  type: NodePort
                status:
                  loadBalancer: {}
                """, "", 0), s.run("get", "svc", "web", "-o", "yaml"));
    }

    @Test
    void jsonSortsTheKeysOfTheUnstructuredObjectAndIndentsByFour() {
        assertEquals(new Kubectl.Output("""
                {
                    "apiVersion": "v1",
                    "kind": "Service",
                    "metadata": {
                        "creationTimestamp": "2026-01-01T00:00:00Z",
                        "labels": {
                            "app": "web",
                            "tier": "front"
                        },
                        "name": "web",
                        "namespace": "default",
                        "uid": "8c574138-a8d9-3117-bc4f-3ea5193e00aa"
                    },
                    "spec": {
                        "clusterIP": "10.109.97.245",
                        "clusterIPs": [
                            "10.109.97.245"
                        ],
                        "externalTrafficPolicy": "Cluster",
                        "internalTrafficPolicy": "Cluster",
                        "ipFamilies": [
                            "IPv4"
                        ],
                        "ipFamilyPolicy": "SingleStack",
                        "ports": [
                            {
                                "name": "http",
                                "nodePort": 30080,
                                "port": 80,
                                "protocol": "TCP",
                                "targetPort": 8080
                            }
                        ],
                        "selector": {
                            "app": "web"
                        },
                        "sessionAffinity": "None",
                        "type": "NodePort"
                    },
                    "status": {
                        "loadBalancer": {}
                    }
                }
                """, "", 0), s.run("get", "svc", "web", "-o", "json"));
    }

    @Test
    void severalNamesMakeAListWithAnEmptyResourceVersion() {
        assertEquals(new Kubectl.Output("""
                {
                    "apiVersion": "v1",
                    "items": [
                        {
                            "apiVersion": "v1",
                            "kind": "Service",
                            "metadata": {
                                "creationTimestamp": "2026-01-01T00:00:00Z",
                                "labels": {
                                    "app": "web",
                                    "tier": "front"
                                },
                                "name": "web",
                                "namespace": "default",
                                "uid": "8c574138-a8d9-3117-bc4f-3ea5193e00aa"
                            },
                            "spec": {
                                "clusterIP": "10.109.97.245",
                                "clusterIPs": [
                                    "10.109.97.245"
                                ],
                                "externalTrafficPolicy": "Cluster",
                                "internalTrafficPolicy": "Cluster",
                                "ipFamilies": [
                                    "IPv4"
                                ],
                                "ipFamilyPolicy": "SingleStack",
                                "ports": [
                                    {
                                        "name": "http",
                                        "nodePort": 30080,
                                        "port": 80,
                                        "protocol": "TCP",
                                        "targetPort": 8080
                                    }
                                ],
                                "selector": {
                                    "app": "web"
                                },
                                "sessionAffinity": "None",
                                "type": "NodePort"
                            },
                            "status": {
                                "loadBalancer": {}
                            }
                        },
                        {
                            "apiVersion": "v1",
                            "kind": "Service",
                            "metadata": {
                                "creationTimestamp": "2026-01-01T00:00:00Z",
                                "name": "lb",
                                "namespace": "default",
                                "uid": "e0596637-79c5-3555-92ed-3c77af1940f5"
                            },
                            "spec": {
                                "allocateLoadBalancerNodePorts": true,
                                "clusterIP": "10.99.157.239",
                                "clusterIPs": [
                                    "10.99.157.239"
                                ],
                                "externalTrafficPolicy": "Cluster",
                                "internalTrafficPolicy": "Cluster",
                                "ipFamilies": [
                                    "IPv4"
                                ],
                                "ipFamilyPolicy": "SingleStack",
                                "ports": [
                                    {
                                        "nodePort": 32617,
                                        "port": 80,
                                        "protocol": "TCP",
                                        "targetPort": "http"
                                    }
                                ],
                                "selector": {
                                    "app": "web"
                                },
                                "sessionAffinity": "None",
                                "type": "LoadBalancer"
                            },
                            "status": {
                                "loadBalancer": {}
                            }
                        }
                    ],
                    "kind": "List",
                    "metadata": {
                        "resourceVersion": ""
                    }
                }
                """, "", 0), s.run("get", "svc", "web", "lb", "-o", "json"));
    }

    @Test
    void listingNothingPrintsAnEmptyListAndNoNoResourcesFoundLine() {
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                items: []
                kind: List
                metadata:
                  resourceVersion: ""
                """, "", 0), s.run("get", "svc", "-n", "kube-public", "-o", "yaml"));
        assertEquals(new Kubectl.Output("""
                {
                    "apiVersion": "v1",
                    "items": [],
                    "kind": "List",
                    "metadata": {
                        "resourceVersion": ""
                    }
                }
                """, "", 0), s.run("get", "svc", "-n", "kube-public", "-o", "json"));
    }

    @Test
    void aSingleMissingNameIsOnlyTheServersNotFound() {
        assertEquals(new Kubectl.Output("", "Error from server (NotFound): services \"nope\" not found\n", 1),
                s.run("get", "svc", "nope", "-o", "yaml"));
        assertEquals(new Kubectl.Output("", "", 0), s.run("get", "svc", "nope", "-o", "yaml", "--ignore-not-found"));
    }

    @Test
    void theObjectsFoundArePrintedBeforeTheNotFoundOfTheOthers() {
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                items:
                - apiVersion: v1
                  kind: Service
                  metadata:
                    creationTimestamp: "2026-01-01T00:00:00Z"
                    name: idle
                    namespace: default
                    uid: c37b1b21-a618-3af9-8c8b-56a885d7de37
                  spec:
                    clusterIP: 10.98.44.81
                    clusterIPs:
                    - 10.98.44.81
                    internalTrafficPolicy: Cluster
                    ipFamilies:
                    - IPv4
                    ipFamilyPolicy: SingleStack
                    ports:
                    - port: 80
                      protocol: TCP
                      targetPort: 80
                    selector:
                      app: nothing
                    sessionAffinity: None
                    type: ClusterIP
                  status:
                    loadBalancer: {}
                kind: List
                metadata:
                  resourceVersion: ""
                """, "Error from server (NotFound): services \"nope\" not found\n", 1),
                s.run("get", "svc", "idle", "nope", "-o", "yaml"));
    }

    @Test
    void workloadsAreRefusedRatherThanPrintedWithoutTheirRolloutState() {
        assertEquals(new Kubectl.Output("", "error: the tutor does not print deployments with -o yaml or -o json yet:"
                + " it keeps no generation or rollout status for them; it prints their pods (kubectl get pods -l ..."
                + " -o yaml)\n", 1), s.run("get", "deploy", "web", "-o", "yaml"));
    }
}
