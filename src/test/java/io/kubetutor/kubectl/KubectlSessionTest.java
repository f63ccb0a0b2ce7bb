package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kubectl against one living simulated cluster: each command sees what the ones before it did. */
class KubectlSessionTest {
    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{port: 80, targetPort: 80}]
            """;

    private final Cluster cluster = new Cluster(ClusterTopology.defaults(), 1);
    private final KubectlCluster kubectl = new SimulatedKubectlCluster(cluster);

    private Kubectl.Output run(String... args) {
        return Kubectl.run(kubectl, new PrinterViews(), List.of(args));
    }

    /** stdout of a command that succeeds; only an Endpoints request may print (its deprecation warning). */
    private String out(String... args) {
        Kubectl.Output o = run(args);
        boolean endpoints = List.of(args).contains("endpoints") || List.of(args).contains("ep");
        assertEquals(endpoints ? EndpointsWarning.TEXT : "", o.stderr(), () -> String.join(" ", args));
        return o.stdout();
    }

    private void start() {
        LoadedManifests m = ManifestLoader.load("web.yaml", WEB);
        cluster.apply("web.yaml", m.objects(), false);
        cluster.advanceBy(65_000);
    }

    @Test
    void podsShowTheirAddressesNodesAndAgeFromTheVirtualClock() {
        start();
        assertEquals("""
                NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES
                web-6d77fcfdb4-47wkb   1/1     Running   0          65s   10.244.0.4   node1   <none>           <none>
                web-6d77fcfdb4-7p4j7   1/1     Running   0          65s   10.244.2.2   node3   <none>           <none>
                web-6d77fcfdb4-j4gcr   1/1     Running   0          65s   10.244.1.2   node2   <none>           <none>
                """, out("get", "pods", "-o", "wide"), "node1's .2 and .3 are CoreDNS's");
    }

    @Test
    void kubeSystemRunsTheTwoCoreDnsPodsBehindKubeDns() {
        start();
        assertEquals("""
                NAME                       READY   STATUS    RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES
                coredns-59c86cdd9c-mlds7   1/1     Running   0          65s   10.244.0.3   node1   <none>           <none>
                coredns-59c86cdd9c-p4fz5   1/1     Running   0          65s   10.244.0.2   node1   <none>           <none>
                """, out("get", "pods", "-n", "kube-system", "-o", "wide"));
        assertEquals("""
                NAME       ENDPOINTS                                               AGE
                kube-dns   10.244.0.2:53,10.244.0.3:53,10.244.0.2:53 + 3 more...   65s
                """, out("get", "endpoints", "-n", "kube-system"));
        assertEquals("pod \"coredns-59c86cdd9c-p4fz5\" deleted\n",
                out("delete", "pod", "-n", "kube-system", "coredns-59c86cdd9c-p4fz5"));
        cluster.advanceBy(5_000);
        String pods = out("get", "pods", "-n", "kube-system", "-o", "wide");
        assertEquals(3, pods.lines().count(), pods);
        assertTrue(pods.contains("coredns-59c86cdd9c-mlds7   1/1     Running   0          70s   10.244.0.3   node1"), pods);
        assertTrue(!pods.contains("p4fz5"), pods);
    }

    @Test
    void deletingAPodShowsItTerminatingBesideItsReplacementThenTheNewAddressInTheEndpoints() {
        start();
        assertEquals("pod \"web-6d77fcfdb4-j4gcr\" deleted\n", out("delete", "pod", "web-6d77fcfdb4-j4gcr"));
        assertEquals("""
                NAME                   READY   STATUS              RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES
                web-6d77fcfdb4-47wkb   1/1     Running             0          65s   10.244.0.4   node1   <none>           <none>
                web-6d77fcfdb4-7p4j7   1/1     Running             0          65s   10.244.2.2   node3   <none>           <none>
                web-6d77fcfdb4-j4gcr   1/1     Terminating         0          65s   10.244.1.2   node2   <none>           <none>
                web-6d77fcfdb4-qd7pf   0/1     ContainerCreating   0          0s    <none>       node2   <none>           <none>
                """, out("get", "pods", "-o", "wide"));
        assertEquals("""
                NAME         ENDPOINTS                     AGE
                kubernetes   192.168.1.2:6443              65s
                web          10.244.0.4:80,10.244.2.2:80   65s
                """, out("get", "endpoints"));
        cluster.advanceBy(5_000);
        assertEquals("""
                NAME         ENDPOINTS                                   AGE
                kubernetes   192.168.1.2:6443                            70s
                web          10.244.0.4:80,10.244.1.3:80,10.244.2.2:80   70s
                """, out("get", "endpoints"));
    }

    @Test
    void patchingAnExternalIpShowsItInGetSvc() {
        start();
        assertEquals("service/web patched\n", out("patch", "svc", "web", "-p", "{\"spec\":{\"externalIPs\":[\"192.168.1.2\"]}}"));
        assertEquals("service/web patched (no change)\n",
                out("patch", "svc", "web", "-p", "{\"spec\":{\"externalIPs\":[\"192.168.1.2\"]}}"));
        String table = out("get", "svc", "web");
        assertTrue(table.matches("(?s)NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\\(S\\) +AGE\n"
                + "web +ClusterIP +10\\.\\d+\\.\\d+\\.\\d+ +192\\.168\\.1\\.2 +80/TCP +65s\n"), table);
    }

    @Test
    void scalingADeploymentChangesItsPodsAndTheEndpoints() {
        start();
        assertEquals("deployment.apps/web scaled\n", out("scale", "deployment", "web", "--replicas=5"));
        cluster.advanceBy(5_000);
        String ep = out("get", "ep", "web");
        assertTrue(ep.contains(" + 2 more..."), ep);
        assertEquals("deployment.apps/web scaled\n", out("scale", "deploy/web", "--replicas=1"));
        cluster.advanceBy(5_000);
        assertEquals(1, out("get", "pods").lines().count() - 1);
    }

    @Test
    void relabellingAPodTakesItOutOfTheServiceAndTheReplicaSetReplacesIt() {
        start();
        assertEquals("pod/web-6d77fcfdb4-47wkb labeled\n",
                out("label", "pod", "web-6d77fcfdb4-47wkb", "app=debug", "--overwrite"));
        assertTrue(!out("get", "ep", "web").contains("10.244.0.4:80"));
        cluster.advanceBy(5_000);
        assertEquals(4, out("get", "pods").lines().count() - 1, "the released pod keeps running beside 3 new ones");
    }

    @Test
    void aChangeToAnImmutableFieldIsRefusedWithTheServersMessage() {
        start();
        Kubectl.Output o = run("patch", "svc", "web", "-p", "{\"spec\":{\"clusterIP\":\"10.96.0.50\"}}");
        assertEquals(1, o.exitCode());
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: [\"10.96.0.50\"]: "
                + "may not change once set\n", o.stderr());
    }
}
