package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * kubectl get pod -o yaml: the spec as defaulting and admission leave it (the default service
 * account's kube-api-access volume mounted in each container, the two NoExecute tolerations,
 * priority, scheduler, termination message path, imagePullPolicy Always for an untagged image),
 * generation 1, and the kubelet's status: conditions with their reasons, container statuses with
 * the runtime's normalised image, and the recursiveReadOnly mode of each mount.
 */
class GetPodsAsYamlTest {
    private final String yaml = ExecScenario.read(GetServicesAsYamlAndJsonTest.SCENARIO);

    @Test
    void aPodWhoseContainerIsBeingCreatedHasNoContainerIdAndAnEmptyImageId() {
        ExecScenario fresh = ExecScenario.applied(yaml);
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                kind: Pod
                metadata:
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  generation: 1
                  labels:
                    role: probe
                  name: solo
                  namespace: default
                  uid: 144cf898-93ba-3d13-9425-bd2c971af230
                spec:
                  containers:
                  - image: nginx
                    imagePullPolicy: Always
                    name: app
                    ports:
                    - containerPort: 80
                      protocol: TCP
                    readinessProbe:
                      failureThreshold: 3
                      httpGet:
                        path: /healthz
                        port: 80
                        scheme: HTTP
                      initialDelaySeconds: 5
                      periodSeconds: 10
                      successThreshold: 1
                      timeoutSeconds: 1
                    resources: {}
                    terminationMessagePath: /dev/termination-log
                    terminationMessagePolicy: File
                    volumeMounts:
                    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
                      name: kube-api-access-tg45n
                      readOnly: true
                  dnsPolicy: ClusterFirst
                  enableServiceLinks: true
                  nodeName: node1
                  preemptionPolicy: PreemptLowerPriority
                  priority: 0
                  restartPolicy: Always
                  schedulerName: default-scheduler
                  securityContext: {}
                  serviceAccount: default
                  serviceAccountName: default
                  terminationGracePeriodSeconds: 30
                  tolerations:
                  - effect: NoExecute
                    key: node.kubernetes.io/not-ready
                    operator: Exists
                    tolerationSeconds: 300
                  - effect: NoExecute
                    key: node.kubernetes.io/unreachable
                    operator: Exists
                    tolerationSeconds: 300
                  volumes:
                  - name: kube-api-access-tg45n
                    projected:
                      defaultMode: 420
                      sources:
                      - serviceAccountToken:
                          expirationSeconds: 3607
                          path: token
                      - configMap:
                          items:
                          - key: ca.crt
                            path: ca.crt
                          name: kube-root-ca.crt
                      - downwardAPI:
                          items:
                          - fieldRef:
                              apiVersion: v1
                              fieldPath: metadata.namespace
                            path: namespace
                status:
                  conditions:
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    status: "False"
                    type: PodReadyToStartContainers
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    status: "True"
                    type: Initialized
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    message: 'containers with unready status: [app]'
                    reason: ContainersNotReady
                    status: "False"
                    type: Ready
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    message: 'containers with unready status: [app]'
                    reason: ContainersNotReady
                    status: "False"
                    type: ContainersReady
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    status: "True"
                    type: PodScheduled
                  containerStatuses:
                  - image: nginx
                    imageID: ""
                    lastState: {}
                    name: app
                    ready: false
                    restartCount: 0
                    started: false
                    state:
                      waiting:
                        reason: ContainerCreating
                    volumeMounts:
                    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
                      name: kube-api-access-tg45n
                      readOnly: true
                      recursiveReadOnly: Disabled
                  hostIP: 192.168.1.2
                  hostIPs:
                  - ip: 192.168.1.2
                  phase: Pending
                  qosClass: BestEffort
                  startTime: "2026-01-01T00:00:00Z"
                """, "", 0), fresh.run("get", "pod", "solo", "-o", "yaml"));
    }

    @Test
    void aRunningPodReportsItsContainerAndTheTimeItBecameReady() {
        ExecScenario s = ExecScenario.settled(yaml);
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                kind: Pod
                metadata:
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  generation: 1
                  labels:
                    role: probe
                  name: solo
                  namespace: default
                  uid: 144cf898-93ba-3d13-9425-bd2c971af230
                spec:
                  containers:
                  - image: nginx
                    imagePullPolicy: Always
                    name: app
                    ports:
                    - containerPort: 80
                      protocol: TCP
                    readinessProbe:
                      failureThreshold: 3
                      httpGet:
                        path: /healthz
                        port: 80
                        scheme: HTTP
                      initialDelaySeconds: 5
                      periodSeconds: 10
                      successThreshold: 1
                      timeoutSeconds: 1
                    resources: {}
                    terminationMessagePath: /dev/termination-log
                    terminationMessagePolicy: File
                    volumeMounts:
                    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
                      name: kube-api-access-tg45n
                      readOnly: true
                  dnsPolicy: ClusterFirst
                  enableServiceLinks: true
                  nodeName: node1
                  preemptionPolicy: PreemptLowerPriority
                  priority: 0
                  restartPolicy: Always
                  schedulerName: default-scheduler
                  securityContext: {}
                  serviceAccount: default
                  serviceAccountName: default
                  terminationGracePeriodSeconds: 30
                  tolerations:
                  - effect: NoExecute
                    key: node.kubernetes.io/not-ready
                    operator: Exists
                    tolerationSeconds: 300
                  - effect: NoExecute
                    key: node.kubernetes.io/unreachable
                    operator: Exists
                    tolerationSeconds: 300
                  volumes:
                  - name: kube-api-access-tg45n
                    projected:
                      defaultMode: 420
                      sources:
                      - serviceAccountToken:
                          expirationSeconds: 3607
                          path: token
                      - configMap:
                          items:
                          - key: ca.crt
                            path: ca.crt
                          name: kube-root-ca.crt
                      - downwardAPI:
                          items:
                          - fieldRef:
                              apiVersion: v1
                              fieldPath: metadata.namespace
                            path: namespace
                status:
                  conditions:
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:02Z"
                    status: "True"
                    type: PodReadyToStartContainers
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    status: "True"
                    type: Initialized
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:07Z"
                    status: "True"
                    type: Ready
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:07Z"
                    status: "True"
                    type: ContainersReady
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    status: "True"
                    type: PodScheduled
                  containerStatuses:
                  - containerID: containerd://a7c5f03b34c0573676e427cbfaf7aa8c4ecd35738a6fe60602364ef83e2e091c
                    image: docker.io/library/nginx:latest
                    imageID: docker.io/library/nginx@sha256:86cee2c10898a48ff47a0626f8202a2408b5893aff5df58ae10d83166e6d7b0e
                    lastState: {}
                    name: app
                    ready: true
                    resources: {}
                    restartCount: 0
                    started: true
                    state:
                      running:
                        startedAt: "2026-01-01T00:00:02Z"
                    volumeMounts:
                    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
                      name: kube-api-access-tg45n
                      readOnly: true
                      recursiveReadOnly: Disabled
                  hostIP: 192.168.1.2
                  hostIPs:
                  - ip: 192.168.1.2
                  phase: Running
                  podIP: 10.244.0.4
                  podIPs:
                  - ip: 10.244.0.4
                  qosClass: BestEffort
                  startTime: "2026-01-01T00:00:00Z"
                """, "", 0), s.run("get", "pod", "solo", "-o", "yaml"));
    }

    @Test
    void aPodThatFailsItsReadinessProbeNamesTheUnreadyContainer() {
        ExecScenario s = ExecScenario.settled(yaml);
        s.cluster.setAppAnswers("default", "solo", false);
        s.cluster.settle(60_000);
        assertEquals(new Kubectl.Output("""
                apiVersion: v1
                kind: Pod
                metadata:
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  generation: 1
                  labels:
                    role: probe
                  name: solo
                  namespace: default
                  uid: 144cf898-93ba-3d13-9425-bd2c971af230
                spec:
                  containers:
                  - image: nginx
                    imagePullPolicy: Always
                    name: app
                    ports:
                    - containerPort: 80
                      protocol: TCP
                    readinessProbe:
                      failureThreshold: 3
                      httpGet:
                        path: /healthz
                        port: 80
                        scheme: HTTP
                      initialDelaySeconds: 5
                      periodSeconds: 10
                      successThreshold: 1
                      timeoutSeconds: 1
                    resources: {}
                    terminationMessagePath: /dev/termination-log
                    terminationMessagePolicy: File
                    volumeMounts:
                    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
                      name: kube-api-access-tg45n
                      readOnly: true
                  dnsPolicy: ClusterFirst
                  enableServiceLinks: true
                  nodeName: node1
                  preemptionPolicy: PreemptLowerPriority
                  priority: 0
                  restartPolicy: Always
                  schedulerName: default-scheduler
                  securityContext: {}
                  serviceAccount: default
                  serviceAccountName: default
                  terminationGracePeriodSeconds: 30
                  tolerations:
                  - effect: NoExecute
                    key: node.kubernetes.io/not-ready
                    operator: Exists
                    tolerationSeconds: 300
                  - effect: NoExecute
                    key: node.kubernetes.io/unreachable
                    operator: Exists
                    tolerationSeconds: 300
                  volumes:
                  - name: kube-api-access-tg45n
                    projected:
                      defaultMode: 420
                      sources:
                      - serviceAccountToken:
                          expirationSeconds: 3607
                          path: token
                      - configMap:
                          items:
                          - key: ca.crt
                            path: ca.crt
                          name: kube-root-ca.crt
                      - downwardAPI:
                          items:
                          - fieldRef:
                              apiVersion: v1
                              fieldPath: metadata.namespace
                            path: namespace
                status:
                  conditions:
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:02Z"
                    status: "True"
                    type: PodReadyToStartContainers
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    status: "True"
                    type: Initialized
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:01:17Z"
                    message: 'containers with unready status: [app]'
                    reason: ContainersNotReady
                    status: "False"
                    type: Ready
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:01:17Z"
                    message: 'containers with unready status: [app]'
                    reason: ContainersNotReady
                    status: "False"
                    type: ContainersReady
                  - lastProbeTime: null
                    lastTransitionTime: "2026-01-01T00:00:00Z"
                    status: "True"
                    type: PodScheduled
                  containerStatuses:
                  - containerID: containerd://a7c5f03b34c0573676e427cbfaf7aa8c4ecd35738a6fe60602364ef83e2e091c
                    image: docker.io/library/nginx:latest
                    imageID: docker.io/library/nginx@sha256:86cee2c10898a48ff47a0626f8202a2408b5893aff5df58ae10d83166e6d7b0e
                    lastState: {}
                    name: app
                    ready: false
                    resources: {}
                    restartCount: 0
                    started: true
                    state:
                      running:
                        startedAt: "2026-01-01T00:00:02Z"
                    volumeMounts:
                    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
                      name: kube-api-access-tg45n
                      readOnly: true
                      recursiveReadOnly: Disabled
                  hostIP: 192.168.1.2
                  hostIPs:
                  - ip: 192.168.1.2
                  phase: Running
                  podIP: 10.244.0.4
                  podIPs:
                  - ip: 10.244.0.4
                  qosClass: BestEffort
                  startTime: "2026-01-01T00:00:00Z"
                """, "", 0), s.run("get", "pod", "solo", "-o", "yaml"));
    }
}
