package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * kubectl get -o yaml of the objects behind a Service: Endpoints (pod references carry the pod's
 * uid), an EndpointSlice with no endpoints (its endpoints and ports have no omitempty and an empty
 * list is stored as nil, so both print null), a Namespace (the kubernetes finalizer, phase Active)
 * and an Ingress.
 */
class GetNetworkObjectsAsYamlTest {
    private final ExecScenario s = ExecScenario.settled(ExecScenario.read(GetServicesAsYamlAndJsonTest.SCENARIO));

    @Test
    void endpointsReferToTheirPodsByUidAndCarryTheDeprecationWarning() {
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                kind: Endpoints
                metadata:
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  labels:
                    app: web
                    tier: front
                  name: web
                  namespace: default
                  uid: ac6b1ab2-a182-351e-aa8c-dc43dcb7a198
                subsets:
                - addresses:
                  - ip: 10.244.1.2
                    nodeName: node2
                    targetRef:
                      kind: Pod
                      name: web-64577c7b6-pf5jd
                      namespace: default
                      uid: 3de9b9d0-3bf2-39b0-abca-9068109d361b
                  - ip: 10.244.2.2
                    nodeName: node3
                    targetRef:
                      kind: Pod
                      name: web-64577c7b6-sn9qd
                      namespace: default
                      uid: 872d6684-7c85-3254-a207-ffd14af67231
                  ports:
                  - name: http
                    port: 8080
                    protocol: TCP
                """, "Warning: " + Invocation.ENDPOINTS_DEPRECATED + "\n", 0),
                s.run("get", "ep", "web", "-o", "yaml"));
    }

    @Test
    void anEmptyEndpointSliceHasNullEndpointsAndPorts() {
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                items:
                - addressType: IPv4
                  apiVersion: discovery.k8s.io/v1
                  endpoints: null
                  kind: EndpointSlice
                  metadata:
                    creationTimestamp: "2026-01-01T00:00:00Z"
                    generateName: idle-
                    labels:
                      endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io
                      kubernetes.io/service-name: idle
                    name: idle-wkbqz
                    namespace: default
                    ownerReferences:
                    - apiVersion: v1
                      blockOwnerDeletion: true
                      controller: true
                      kind: Service
                      name: idle
                      uid: c37b1b21-a618-3af9-8c8b-56a885d7de37
                    uid: e52f2ab6-3d4b-3192-a228-8f32d5351fe5
                  ports: null
                kind: List
                metadata:
                  resourceVersion: ""
                """, "", 0),
                s.run("get", "endpointslices", "-l", "kubernetes.io/service-name=idle", "-o", "yaml"));
    }

    @Test
    void aNamespaceHasItsFinalizerAndPhase() {
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  labels:
                    kubernetes.io/metadata.name: default
                  name: default
                  uid: 1514cc0d-08f6-3903-842a-042cb12d673f
                spec:
                  finalizers:
                  - kubernetes
                status:
                  phase: Active
                """, "", 0), s.run("get", "ns", "default", "-o", "yaml"));
    }

    @Test
    void anIngressWithoutAControllerHasAnEmptyLoadBalancerStatus() {
        assertEquals(new Kubectl.Output("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  name: shop
                  namespace: default
                  uid: de0f51eb-f2d0-3b72-aa2b-c37cc42b8c60
                spec:
                  ingressClassName: nginx
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - backend:
                          service:
                            name: web
                            port:
                              number: 80
                        path: /
                        pathType: Prefix
                status:
                  loadBalancer: {}
                """, "", 0), s.run("get", "ing", "shop", "-o", "yaml"));
    }
}
