package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.hop;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.podIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ObjectKey;
import io.kubetutor.sim.net.proxy.AffinityPin;
import io.kubetutor.sim.net.proxy.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What keeps a client on one pod: sessionAffinity ClientIP pins a client address to a pod until
 * timeoutSeconds pass without a new connection (kube-proxy's "recent" list); a browser's kept-alive
 * connection stays on its pod with or without affinity (conntrack keeps its NAT) until the pod goes,
 * while curl opens a new connection, and so gets a new choice, every time.
 */
class AffinityAndKeepAliveTest {
    static final String STICKY = "10.96.100.5";
    static final String PLAIN = "10.96.100.6";

    static String web(String affinityConfig) {
        return Net.deployment("web", 3) + Net.clientPod("client", "node1") + Net.clientPod("other", "node1") + """
                apiVersion: v1
                kind: Service
                metadata: {name: sticky}
                spec:
                  clusterIP: 10.96.100.5
                  selector: {app: web}
                  sessionAffinity: ClientIP
                %s
                  ports: [{name: http, port: 80, targetPort: http}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  clusterIP: 10.96.100.6
                  selector: {app: web}
                  ports: [{name: http, port: 80, targetPort: http}]
                """.formatted(affinityConfig);
    }

    /** Virtual time as the traces print it. */
    static String clock(long millis) {
        long s = millis / 1000;
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    static Set<String> pods(List<Trace> traces) {
        Set<String> out = new HashSet<>();
        for (Trace t : traces) {
            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
            out.add(t.pod());
        }
        return out;
    }

    @Test
    void everyCurlFromOneClientLandsOnOnePodUnderClientIpAffinity() {
        Cluster c = Net.cluster(web(""));
        long now = c.now();
        List<Trace> traces = c.dataPlane().send("client", "http://" + STICKY, RequestKind.CURL, 40);

        assertEquals(1, pods(traces).size(), "pinned: " + pods(traces));
        Trace first = traces.get(0);
        assertEquals(podIp(c, "client"), first.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat"), kinds(first).subList(0, 2), show(first));
        String pinned = hop(first, Action.DNAT).reason();
        assertTrue(pinned.contains("ClientIP affinity: " + podIp(c, "client") + " pinned to " + first.pod()
                + " until " + clock(now + 10_800_000L)), pinned);
        Trace later = traces.get(1);
        assertEquals(Verdict.PickedBy.AFFINITY, later.verdict().pickedBy());
        assertTrue(hop(later, Action.DNAT).reason().contains("by ClientIP affinity"), show(later));
        assertTrue(hop(later, Action.DNAT).reason().contains("is pinned to " + first.pod()
                + "; the pin is renewed until"), show(later));

        List<AffinityPin> pins = c.dataPlane().pins();
        assertEquals(1, pins.size(), pins.toString());
        AffinityPin pin = pins.get(0);
        assertEquals("node1", pin.node());
        assertEquals("default/sticky:http", pin.servicePortName());
        assertEquals(podIp(c, "client"), pin.clientIp());
        assertEquals(first.pod(), pin.pod());
        assertEquals(now + 10_800_000L, pin.untilMillis());
    }

    @Test
    void eachClientAddressGetsItsOwnPin() {
        Cluster c = Net.cluster(web(""));
        for (int i = 0; i < 10; i++) {
            c.dataPlane().send("client", "http://" + STICKY, RequestKind.CURL);
            c.dataPlane().send("other", "http://" + STICKY, RequestKind.CURL);
        }
        assertEquals(Set.of(podIp(c, "client"), podIp(c, "other")),
                Set.copyOf(c.dataPlane().pins().stream().map(AffinityPin::clientIp).toList()));
    }

    @Test
    void afterTimeoutSecondsWithoutAConnectionThePinIsGoneAndANewChoiceIsMade() {
        Cluster c = Net.cluster(web("  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}"));
        Trace first = c.dataPlane().send("client", "http://" + STICKY, RequestKind.CURL);
        assertTrue(hop(first, Action.DNAT).reason().contains("until " + clock(first.at() + 60_000)), show(first));

        c.advanceBy(59_000);
        Trace within = c.dataPlane().send("client", "http://" + STICKY, RequestKind.CURL);
        assertEquals(first.pod(), within.pod());
        assertEquals(Verdict.PickedBy.AFFINITY, within.verdict().pickedBy());
        assertTrue(hop(within, Action.DNAT).reason().contains("the pin is renewed until " + clock(within.at()
                + 60_000)), show(within));

        c.advanceBy(61_000);
        assertEquals(List.of(), c.dataPlane().pins(), "the pin expired");
        Set<String> after = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            Trace t = c.dataPlane().send("client", "http://" + STICKY, RequestKind.CURL);
            assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
            if (i == 0) {
                assertEquals(Verdict.PickedBy.RANDOM, t.verdict().pickedBy(), "a new choice, not the old pin");
                assertTrue(hop(t, Action.DNAT).reason().contains("pinned to " + t.pod() + " until "
                        + clock(t.at() + 60_000)), show(t));
            }
            after.add(t.pod());
            c.advanceBy(61_000);
        }
        assertTrue(after.size() > 1, "with each pin expired the choice is random again: " + after);
    }

    @Test
    void ipvsPersistencePinsTheClientToo() {
        Cluster c = Net.cluster(Net.ipvs(), web(""));
        List<Trace> traces = c.dataPlane().send("client", "http://" + STICKY, RequestKind.CURL, 10);

        assertEquals(1, pods(traces).size());
        assertTrue(hop(traces.get(1), Action.DNAT).reason().contains("ClientIP affinity (IPVS persistence)"),
                show(traces.get(1)));
    }

    @Test
    void aKeptAliveConnectionStaysOnItsPodWithoutAffinityWhileCurlSpreads() {
        Cluster c = Net.cluster(web(""));
        List<Trace> kept = c.dataPlane().send("client", "http://" + PLAIN, RequestKind.KEEP_ALIVE, 30);
        List<Trace> curls = c.dataPlane().send("client", "http://" + PLAIN, RequestKind.CURL, 30);

        assertEquals(1, pods(kept).size(), "one connection, one pod");
        assertEquals(3, pods(curls).size(), "a new connection each time");
        Trace second = kept.get(1);
        assertEquals(podIp(c, "client"), second.sourceIpSeenByPod());
        assertEquals(kept.get(0).hops().get(0).src(), second.hops().get(0).src(), "the same source port");
        assertTrue(second.hops().get(0).reason().contains("on its open connection (keep-alive"), show(second));
        assertTrue(hop(second, Action.DNAT).reason().contains("an ESTABLISHED connection keeps its NAT"),
                show(second));
        assertTrue(second.summary().endsWith("on the kept-alive connection, which conntrack keeps on this pod (no new "
                + "choice)"), second.summary());
        assertTrue(kept.get(0).summary().contains("picked endpoint"), kept.get(0).summary());
        Set<Integer> curlPorts = new HashSet<>();
        curls.forEach(t -> curlPorts.add(t.hops().get(0).src().port()));
        assertTrue(curlPorts.size() > 20, "curl picks a new source port for each connection");
    }

    @Test
    void aKeptAliveConnectionIsResetWhenItsPodIsGoneAndTheNextRequestOpensANewOne() {
        Cluster c = Net.cluster(web(""));
        Trace first = c.dataPlane().send("client", "http://" + PLAIN, RequestKind.KEEP_ALIVE);
        String pod = first.pod();
        c.delete(new ObjectKey("", "Pod", "default", pod), "kubectl delete pod");

        // Terminating, the app still runs: the established connection lives on, though the pod left the
        // ready endpoints, and a new curl goes elsewhere.
        Trace during = c.dataPlane().send("client", "http://" + PLAIN, RequestKind.KEEP_ALIVE);
        assertEquals(Outcome.DELIVERED, during.outcome(), show(during));
        assertEquals(pod, during.pod());
        assertTrue(hop(during, Action.DNAT).reason().contains("the pod has left the Endpoints, but established "
                + "connections live on"), show(during));
        for (Trace t : c.dataPlane().send("client", "http://" + PLAIN, RequestKind.CURL, 10)) {
            assertNotEquals(pod, t.pod(), show(t));
        }

        c.advanceBy(1_000);
        Trace after = c.dataPlane().send("client", "http://" + PLAIN, RequestKind.KEEP_ALIVE);
        assertEquals(Outcome.DELIVERED, after.outcome(), show(after));
        assertNotEquals(pod, after.pod());
        assertEquals(podIp(c, "client"), after.sourceIpSeenByPod());
        assertEquals(List.of("pod:reject", "pod:route", "kube_proxy:dnat"), kinds(after).subList(0, 3), show(after));
        assertTrue(after.hops().get(0).reason().contains("was reset (the pod behind it is gone)"), show(after));
        assertNotEquals(first.hops().get(0).src(), after.hops().get(1).src(), "a new connection, a new port");

        Trace next = c.dataPlane().send("client", "http://" + PLAIN, RequestKind.KEEP_ALIVE);
        assertEquals(after.pod(), next.pod(), "and the new connection is kept in turn");
    }

    @Test
    void closingConnectionsMakesTheBrowserConnectAgain() {
        Cluster c = Net.cluster(web(""));
        c.dataPlane().send("client", "http://" + PLAIN, RequestKind.KEEP_ALIVE);
        c.dataPlane().closeConnections();
        Trace t = c.dataPlane().send("client", "http://" + PLAIN, RequestKind.KEEP_ALIVE);

        assertTrue(t.hops().get(0).reason().contains("through its veth"), "a fresh connection: " + show(t));
        assertEquals(Verdict.PickedBy.RANDOM, t.verdict().pickedBy());
    }
}
