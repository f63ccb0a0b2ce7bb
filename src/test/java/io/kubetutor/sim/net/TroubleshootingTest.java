package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.hop;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.podIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The learner's usual mistakes and what the client sees: a selector matching nothing or pods that are
 * not Ready (no endpoints: refused by kube-proxy), a port the Service does not expose (iptables mode
 * has no rule for it, so the packet is lost; IPVS rejects it), a wrong targetPort (refused at the pod),
 * an app bound to localhost (refused at the pod), readiness failing (the pod leaves the endpoints).
 * Each trace explains why in plain words.
 */
class TroubleshootingTest {
    static final String WEB_POD = Net.nginxPod("web-a", "node2", "web") + Net.clientPod("client", "node1");

    static String service(String name, String ip, String selectorApp, String ports) {
        return """
                apiVersion: v1
                kind: Service
                metadata: {name: %s}
                spec:
                  clusterIP: %s
                  selector: {app: %s}
                  ports: [%s]
                ---
                """.formatted(name, ip, selectorApp, ports);
    }

    @Test
    void aSelectorMatchingNoPodIsRefusedByKubeProxyAndTheReasonSaysSo() {
        Cluster c = Net.cluster(WEB_POD + service("web", "10.96.100.1", "wbe", "{port: 80}"));
        Trace t = c.dataPlane().send("client", "http://10.96.100.1", RequestKind.CURL);

        assertEquals(Outcome.REFUSED, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:reject", "pod:deliver"), kinds(t), show(t));
        assertTrue(hop(t, Action.REJECT).reason().contains("REJECT rule \"default/web has no endpoints\""), show(t));
        assertTrue(t.summary().contains("its selector app=wbe matches no pod in namespace default"), t.summary());
    }

    @Test
    void podsThatAreNotReadyGiveNoEndpointsAndTheReasonSaysSo() {
        String unready = """
                apiVersion: v1
                kind: Pod
                metadata: {name: web-a, labels: {app: web}}
                spec:
                  nodeName: node2
                  containers:
                  - name: web
                    image: nginx:1.27
                    ports: [{name: http, containerPort: 80}]
                    readinessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 5}
                ---
                """;
        Cluster c = Net.cluster(unready + Net.clientPod("client", "node1") + service("web", "10.96.100.1", "web",
                "{port: 80}"));
        Trace t = c.dataPlane().send("client", "http://10.96.100.1", RequestKind.CURL);

        assertEquals(Outcome.REFUSED, t.outcome(), show(t));
        assertNull(t.pod());
        assertEquals(List.of("pod:route", "kube_proxy:reject", "pod:deliver"), kinds(t), show(t));
        assertTrue(hop(t, Action.REJECT).reason().contains("1 endpoint is listed, but none is ready"), show(t));
        assertTrue(t.summary().contains("1 pod matches its selector app=web but none is Ready"), t.summary());
    }

    @Test
    void aPortTheServiceDoesNotExposeIsLostInIptablesModeForLackOfARule() {
        Cluster c = Net.cluster(WEB_POD + service("web", "10.96.100.3", "web", "{port: 80}"));
        Trace t = c.dataPlane().send("client", "http://10.96.100.3:81", RequestKind.CURL);

        assertEquals(Outcome.DROPPED, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:drop"), kinds(t), show(t));
        String why = hop(t, Action.DROP).reason();
        assertTrue(why.contains("Service default/web does not expose 81/TCP (it exposes 80/TCP)"), why);
        assertTrue(why.contains("the iptables mode has no reject rule for unused ports of a Service IP"), why);
    }

    @Test
    void aPortTheServiceDoesNotExposeIsRejectedInIpvsMode() {
        Cluster c = Net.cluster(Net.ipvs(), WEB_POD + service("web", "10.96.100.3", "web", "{port: 80}"));
        Trace t = c.dataPlane().send("client", "http://10.96.100.3:81", RequestKind.CURL);

        assertEquals(Outcome.REFUSED, t.outcome(), show(t));
        assertNull(t.pod());
        assertEquals(List.of("pod:route", "kube_proxy:reject", "pod:deliver"), kinds(t), show(t));
        assertTrue(hop(t, Action.REJECT).reason().contains("KUBE-IPVS-FILTER rejects new connections"), show(t));
        assertTrue(t.summary().contains("Service default/web does not expose port 81/TCP (it exposes 80/TCP)"),
                t.summary());
    }

    @Test
    void aWrongTargetPortIsRefusedAtThePodAndTheReasonNamesThePort() {
        Cluster c = Net.cluster(WEB_POD + service("web", "10.96.100.2", "web", "{port: 80, targetPort: 8080}"));
        Trace t = c.dataPlane().send("client", "http://10.96.100.2", RequestKind.CURL);

        assertEquals(Outcome.REFUSED, t.outcome(), show(t));
        assertEquals("web-a", t.pod(), "kube-proxy did send it to the pod");
        assertEquals(new HostPort(podIp(c, "web-a"), 8080), t.podAddress());
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "node:forward", "pod:reject", "pod:reply",
                "node:forward", "kube_proxy:un-dnat", "pod:deliver"), kinds(t), show(t));
        String why = hop(t, Action.REJECT).reason();
        assertEquals("web-a", hop(t, Action.REJECT).at().name());
        assertTrue(why.contains("nothing in web-a listens on port 8080 (the app listens on 80)"), why);
        assertTrue(why.contains("targetPort sends it to 8080"), why);
    }

    @Test
    void anAppListeningOnLocalhostOnlyRefusesConnectionsToThePodAddress() {
        String local = """
                apiVersion: v1
                kind: Pod
                metadata: {name: echo, labels: {app: echo}}
                spec:
                  nodeName: node3
                  containers:
                  - name: echo
                    image: hashicorp/http-echo
                    args: ["-listen=127.0.0.1:5678", "-text=hi"]
                    ports: [{containerPort: 5678}]
                ---
                """;
        Cluster c = Net.cluster(local + Net.clientPod("client", "node1")
                + service("echo", "10.96.100.4", "echo", "{port: 80, targetPort: 5678}"));
        Trace t = c.dataPlane().send("client", "http://10.96.100.4", RequestKind.CURL);

        assertEquals(Outcome.REFUSED, t.outcome(), show(t));
        assertEquals("echo", t.pod());
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "node:forward", "pod:reject", "pod:reply",
                "node:forward", "kube_proxy:un-dnat", "pod:deliver"), kinds(t), show(t));
        assertTrue(hop(t, Action.REJECT).reason().contains("listens on 127.0.0.1:5678 only (localhost)"), show(t));
        assertTrue(t.summary().contains("it must listen on 0.0.0.0"), t.summary());
    }

    @Test
    void thePodItselfReachesAnAppBoundToLocalhost() {
        String local = """
                apiVersion: v1
                kind: Pod
                metadata: {name: echo, labels: {app: echo}}
                spec:
                  nodeName: node3
                  containers:
                  - name: echo
                    image: hashicorp/http-echo
                    args: ["-listen=127.0.0.1:5678", "-text=hi"]
                ---
                """;
        Cluster c = Net.cluster(local);
        Trace t = c.dataPlane().send("echo", "http://localhost:5678", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("echo", t.pod());
        assertEquals("127.0.0.1", t.sourceIpSeenByPod());
        assertEquals(200, t.httpStatus());
        assertEquals("pod:route", kinds(t).get(0), show(t));
        assertTrue(kinds(t).stream().noneMatch(k -> k.startsWith("kube_proxy") || k.startsWith("node")), show(t));
    }

    @Test
    void aPodWhoseReadinessProbeStartsFailingLeavesTheEndpoints() {
        String probed = """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s, labels: {app: web}}
                spec:
                  nodeName: %s
                  containers:
                  - name: web
                    image: nginx:1.27
                    ports: [{name: http, containerPort: 80}]
                    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}
                ---
                """;
        Cluster c = Net.cluster(probed.formatted("web-a", "node2") + probed.formatted("web-b", "node3")
                + Net.clientPod("client", "node1") + service("web", "10.96.100.3", "web", "{port: 80}"));
        Burst before = c.dataPlane().burst("client", "http://10.96.100.3", RequestKind.CURL, 200, false, 0);
        assertEquals(List.of("default/web-a", "default/web-b"), before.perPod().keySet().stream().sorted().toList());

        c.setAppAnswers("default", "web-a", false);
        c.settle(Net.SETTLE);
        Burst after = c.dataPlane().burst("client", "http://10.96.100.3", RequestKind.CURL, 200, false, 1);
        assertEquals(Map.of("default/web-b", 200), after.perPod(), "web-a is out of the endpoints");
        Trace t = after.traced().get(0);
        assertTrue(hop(t, Action.DNAT).reason().contains("picked its only endpoint"), show(t));

        c.setAppAnswers("default", "web-b", false);
        c.settle(Net.SETTLE);
        Trace none = c.dataPlane().send("client", "http://10.96.100.3", RequestKind.CURL);
        assertEquals(Outcome.REFUSED, none.outcome(), show(none));
        assertNull(none.pod());
        assertTrue(none.summary().contains("2 pods match its selector app=web but none is Ready"), none.summary());

        c.setAppAnswers("default", "web-a", true);
        c.settle(Net.SETTLE);
        Trace back = c.dataPlane().send("client", "http://10.96.100.3", RequestKind.CURL);
        assertEquals(Outcome.DELIVERED, back.outcome(), show(back));
        assertEquals("web-a", back.pod());
        assertEquals(podIp(c, "client"), back.sourceIpSeenByPod());
    }

    @Test
    void anAppThatHangsAcceptsTheConnectionButNeverAnswers() {
        Cluster c = Net.cluster(WEB_POD + service("web", "10.96.100.3", "web", "{port: 80}"));
        c.setAppAnswers("default", "web-a", false);
        Trace t = c.dataPlane().send("client", "http://10.96.100.3", RequestKind.CURL);

        assertEquals(Outcome.NO_REPLY, t.outcome(), show(t));
        assertEquals("web-a", t.pod(), "without a readiness probe the pod stays in the endpoints");
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "node:forward", "pod:deliver"), kinds(t), show(t));
        assertTrue(t.summary().contains("never answers"), t.summary());
    }
}
