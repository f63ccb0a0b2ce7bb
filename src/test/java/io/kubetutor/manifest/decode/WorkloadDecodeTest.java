package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.Probe;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.StatefulSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadDecodeTest {

    private static <T> T decoded(String yaml, Class<T> type) {
        DecodeResult r = TestYaml.decode(yaml);
        assertEquals(List.of(), r.diagnostics(), "diagnostics");
        return assertInstanceOf(type, r.object());
    }

    /** A manifest as people paste it from real projects: every unsimulated part present. */
    static final String REAL_WORLD_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: shop-api
              namespace: shop
              labels: {app.kubernetes.io/name: shop-api}
              annotations:
                deployment.kubernetes.io/revision: "3"
            spec:
              replicas: 3
              revisionHistoryLimit: 5
              progressDeadlineSeconds: 600
              minReadySeconds: 5
              paused: false
              strategy:
                type: RollingUpdate
                rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
              selector:
                matchLabels: {app: shop-api}
                matchExpressions:
                  - {key: tier, operator: In, values: [api, web]}
              template:
                metadata:
                  labels: {app: shop-api, tier: api}
                spec:
                  serviceAccountName: shop-api
                  automountServiceAccountToken: false
                  terminationGracePeriodSeconds: 30
                  priorityClassName: high
                  securityContext: {runAsNonRoot: true, fsGroup: 2000, seccompProfile: {type: RuntimeDefault}}
                  imagePullSecrets: [{name: regcred}]
                  nodeSelector: {kubernetes.io/os: linux}
                  affinity:
                    podAntiAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                        - weight: 100
                          podAffinityTerm:
                            topologyKey: kubernetes.io/hostname
                            labelSelector: {matchLabels: {app: shop-api}}
                  tolerations:
                    - {key: dedicated, operator: Equal, value: api, effect: NoSchedule}
                  topologySpreadConstraints:
                    - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway,
                       labelSelector: {matchLabels: {app: shop-api}}}
                  initContainers:
                    - name: migrate
                      image: shop/migrate:1.4
                      command: [/bin/migrate, --up]
                      envFrom: [{secretRef: {name: db}}]
                    - name: proxy
                      image: envoyproxy/envoy:v1.30
                      restartPolicy: Always
                  containers:
                    - name: api
                      image: shop/api:1.4.2
                      imagePullPolicy: IfNotPresent
                      args: ["--port=8080"]
                      workingDir: /app
                      ports:
                        - {name: http, containerPort: 8080, protocol: TCP}
                        - {name: metrics, containerPort: 9090}
                      env:
                        - {name: LOG_LEVEL, value: info}
                        - name: DB_PASSWORD
                          valueFrom: {secretKeyRef: {name: db, key: password}}
                        - name: POD_IP
                          valueFrom: {fieldRef: {fieldPath: status.podIP}}
                      resources:
                        requests: {cpu: 250m, memory: 256Mi}
                        limits: {cpu: 1, memory: 1Gi, ephemeral-storage: "2G"}
                      readinessProbe:
                        httpGet:
                          path: /ready
                          port: http
                          httpHeaders: [{name: X-Probe, value: "1"}]
                        initialDelaySeconds: 5
                        periodSeconds: 10
                      livenessProbe:
                        tcpSocket: {port: 8080}
                        failureThreshold: 3
                        timeoutSeconds: 2
                      startupProbe:
                        exec: {command: [cat, /tmp/ready]}
                      lifecycle:
                        preStop: {exec: {command: [sleep, "5"]}}
                      securityContext:
                        allowPrivilegeEscalation: false
                        capabilities: {drop: [ALL]}
                        readOnlyRootFilesystem: true
                      volumeMounts:
                        - {name: config, mountPath: /etc/shop, readOnly: true}
                        - {name: cache, mountPath: /cache}
                      terminationMessagePolicy: FallbackToLogsOnError
                  volumes:
                    - name: config
                      configMap: {name: shop-config, items: [{key: app.yaml, path: app.yaml}]}
                    - name: cache
                      emptyDir: {sizeLimit: 500Mi}
                    - name: certs
                      secret: {secretName: tls, defaultMode: 0400}
                  dnsPolicy: ClusterFirst
                  restartPolicy: Always
            """;

    @Test
    void aRealWorldDeploymentDecodesWithoutAnyWarning() {
        Deployment d = decoded(REAL_WORLD_DEPLOYMENT, Deployment.class);
        Deployment.Spec spec = d.spec();
        assertEquals(3, spec.replicas());
        assertEquals("RollingUpdate", spec.strategyType());
        assertEquals(5, spec.minReadySeconds());
        assertEquals(Map.of("app", "shop-api"), spec.selector().matchLabels());
        assertEquals(List.of(new LabelSelector.Requirement("tier", "In", List.of("api", "web"))),
                spec.selector().matchExpressions());
        assertEquals(Map.of("app", "shop-api", "tier", "api"), spec.template().metadata().labels());
        PodSpec pod = spec.template().spec();
        assertEquals("ClusterFirst", pod.dnsPolicy());
        assertEquals("Always", pod.restartPolicy());
        assertEquals(List.of("migrate", "proxy"), pod.initContainers().stream().map(Container::name).toList());
        assertEquals("Always", pod.initContainers().get(1).restartPolicy());
        assertNull(pod.initContainers().get(0).restartPolicy());
        Container api = pod.containers().get(0);
        assertEquals("shop/api:1.4.2", api.image());
        assertEquals(List.of("--port=8080"), api.args());
        assertEquals(new Container.ContainerPort("http", 8080, "TCP", 0, ""), api.ports().get(0));
        assertEquals(new Container.ContainerPort("metrics", 9090, "", 0, ""), api.ports().get(1));
        assertEquals(List.of(new Container.EnvVar("LOG_LEVEL", "info"), new Container.EnvVar("DB_PASSWORD", ""),
                new Container.EnvVar("POD_IP", "")), api.env());
        Probe readiness = api.readinessProbe();
        assertEquals(new Probe.HttpGet("/ready", IntOrString.of("http"), "", ""), readiness.httpGet());
        assertEquals(5, readiness.initialDelaySeconds());
        assertEquals(10, readiness.periodSeconds());
        assertEquals(0, readiness.timeoutSeconds(), "not defaulted here");
        assertEquals(new Probe.TcpSocket(IntOrString.of(8080), ""), api.livenessProbe().tcpSocket());
        assertEquals(List.of("cat", "/tmp/ready"), api.startupProbe().exec().command());
    }

    @Test
    void aPodPinsItsNodeAndStatusAsWritten() {
        Pod p = decoded("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web-0, labels: {app: web}}
                spec:
                  nodeName: node2
                  hostname: web-0
                  subdomain: web
                  enableServiceLinks: false
                  hostNetwork: true
                  containers:
                    - name: web
                      image: nginx
                      readinessProbe:
                        grpc: {port: 9000}
                status:
                  phase: Running
                  podIP: 10.244.1.5
                  podIPs: [{ip: 10.244.1.5}]
                  hostIP: 192.168.1.3
                  hostIPs: [{ip: 192.168.1.3}]
                  conditions:
                    - {type: Ready, status: "False", lastTransitionTime: "2024-01-01T00:00:00Z"}
                """, Pod.class);
        assertEquals("node2", p.spec().nodeName());
        assertEquals("web-0", p.spec().hostname());
        assertEquals("web", p.spec().subdomain());
        assertEquals(Boolean.FALSE, p.spec().enableServiceLinks());
        assertEquals(true, p.spec().hostNetwork());
        assertEquals(new Probe.Grpc(9000, null), p.spec().containers().get(0).readinessProbe().grpc());
        PodStatus st = p.status();
        assertEquals("Running", st.phase());
        assertEquals("10.244.1.5", st.podIP());
        assertEquals(List.of("10.244.1.5"), st.podIPs());
        assertEquals("192.168.1.3", st.hostIP());
        assertEquals("False", st.condition("Ready"));
    }

    @Test
    void aPodWithoutStatusHasTheEmptyStatus() {
        Pod p = decoded("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: i}]}\n",
                Pod.class);
        assertEquals(PodStatus.EMPTY, p.status());
        assertNull(p.spec().enableServiceLinks());
    }

    @Test
    void absentReplicasAndSelectorAreNullAndTheTemplateIsEmpty() {
        Deployment d = decoded("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n", Deployment.class);
        assertNull(d.spec().replicas());
        assertNull(d.spec().selector());
        assertEquals("", d.spec().template().metadata().name());
        assertEquals(List.of(), d.spec().template().spec().containers());
    }

    @Test
    void replicasZeroIsKeptApartFromAbsent() {
        Deployment d = decoded("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 0}\n",
                Deployment.class);
        assertEquals(0, d.spec().replicas());
    }

    @Test
    void aStatefulSetKeepsItsServiceNameAndPolicy() {
        StatefulSet s = decoded("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: web}
                spec:
                  serviceName: nginx
                  replicas: 2
                  podManagementPolicy: Parallel
                  updateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 0, maxUnavailable: 1}}
                  persistentVolumeClaimRetentionPolicy: {whenDeleted: Retain, whenScaled: Delete}
                  ordinals: {start: 1}
                  revisionHistoryLimit: 3
                  selector: {matchLabels: {app: nginx}}
                  template:
                    metadata: {labels: {app: nginx}}
                    spec:
                      containers: [{name: nginx, image: nginx, volumeMounts: [{name: www, mountPath: /www}]}]
                  volumeClaimTemplates:
                    - metadata: {name: www}
                      spec:
                        accessModes: [ReadWriteOnce]
                        resources: {requests: {storage: 1Gi}}
                """, StatefulSet.class);
        assertEquals("nginx", s.spec().serviceName());
        assertEquals(2, s.spec().replicas());
        assertEquals("Parallel", s.spec().podManagementPolicy());
        assertEquals(Map.of("app", "nginx"), s.spec().selector().matchLabels());
    }

    @Test
    void aReplicaSetAndAReplicationControllerDecode() {
        ReplicaSet rs = decoded("""
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: rs}
                spec:
                  replicas: 2
                  minReadySeconds: 3
                  selector: {matchLabels: {app: a}}
                  template: {metadata: {labels: {app: a}}, spec: {containers: [{name: c, image: i}]}}
                """, ReplicaSet.class);
        assertEquals(2, rs.spec().replicas());
        assertEquals(3, rs.spec().minReadySeconds());
        ReplicationController rc = decoded("""
                apiVersion: v1
                kind: ReplicationController
                metadata: {name: rc}
                spec:
                  replicas: 1
                  selector: {app: a}
                  template: {metadata: {labels: {app: a}}, spec: {containers: [{name: c, image: i}]}}
                """, ReplicationController.class);
        assertEquals(Map.of("app", "a"), rc.spec().selector());
        assertEquals("c", rc.spec().template().spec().containers().get(0).name());
        ReplicationController bare = decoded("apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\n",
                ReplicationController.class);
        assertNull(bare.spec().template());
        assertNull(bare.spec().selector());
    }

    @Test
    void resourceQuantitiesMayBeStringsOrNumbers() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      resources:
                        requests: {cpu: "500m", memory: 1.5e9}
                        limits: {cpu: 1, memory: "1Gi", nvidia.com/gpu: 2}
                """);
        assertEquals(List.of(), r.diagnostics());
        assertInstanceOf(Pod.class, r.object());
    }
}
