package io.kubetutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.SourcePos;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.session.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each goal condition on states made for it: a pod pinned to node2 behind a NodePort Service, a
 * client pod, requests sent through the session as the window sends them.
 */
class GoalEvaluatorTest {
    static final SourcePos AT = SourcePos.START;
    static final String CLUSTER = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web-a, labels: {app: web}}
            spec:
              nodeName: node2
              containers:
              - name: web
                image: nginx:1.27
                ports: [{containerPort: 80}]
                readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: client, labels: {app: client}}
            spec:
              nodeName: node1
              containers: [{name: c, image: curlimages/curl:8.14.1, command: [sleep, infinity]}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{port: 80, nodePort: 30080}]
            """;

    private final TrafficLog log = new TrafficLog();
    private final Session session = new Session(ClusterTopology.defaults(), 1, log::observe, Runnable::run);

    GoalEvaluatorTest() {
        session.applyText(CLUSTER);
        session.advanceBy(30_000);
    }

    private GoalResult check(Condition c) {
        var s = log.latest();
        return new GoalEvaluator(s.topology(), s.snapshot(), log.all()).evaluate(c);
    }

    private static Traffic http(String from, String to) {
        return new Traffic(from, to, Traffic.Kind.HTTP);
    }

    private void send(String from, String to, int count) {
        session.send(from, to, RequestKind.CURL, count);
    }

    @Test
    void reachReadsTheLatestMatchingRequest() {
        Condition.Reach reach = new Condition.Reach(http("laptop", "192.168.1.3:30080"), Outcome.DELIVERED, AT);
        GoalResult none = check(reach);
        assertFalse(none.met());
        assertEquals("no request from laptop to 192.168.1.3:30080 since this step opened", none.detail().en());
        assertEquals("이 단계가 열린 뒤 laptop에서 192.168.1.3:30080(으)로 보낸 요청이 없습니다", none.detail().ko());

        send("laptop", "http://192.168.1.3:30080/", 1);
        GoalResult ok = check(reach);
        assertTrue(ok.met(), ok.detail().en());
        assertEquals("request #1 laptop → http://192.168.1.3:30080/: delivered to web-a on node2", ok.detail().en());

        send("laptop", "http://192.168.1.3:30081", 1);
        assertTrue(check(reach).met(), "another target does not count");
        Condition.Reach refused = new Condition.Reach(http("laptop", "http://192.168.1.3:30081"), Outcome.REFUSED, AT);
        assertTrue(check(refused).met(), check(refused).detail().en());
        assertFalse(check(new Condition.Reach(http("laptop", "http://192.168.1.3:30081"), Outcome.DELIVERED, AT)).met());
    }

    @Test
    void aPodSenderMatchesByLabelsAndTheTargetByHostAndPort() {
        send("default/client", "web", 1);
        assertTrue(check(new Condition.Reach(http("app=client", "http://web:80"), Outcome.DELIVERED, AT)).met());
        assertTrue(check(new Condition.Reach(http("client", "http://web"), Outcome.DELIVERED, AT)).met());
        assertFalse(check(new Condition.Reach(http("app=other", "http://web"), Outcome.DELIVERED, AT)).met());
        assertFalse(check(new Condition.Reach(http("client", "http://web.default"), Outcome.DELIVERED, AT)).met());
        assertFalse(check(new Condition.Reach(new Traffic("client", "web", Traffic.Kind.PING), Outcome.DELIVERED, AT))
                .met(), "a curl is not a ping");
    }

    @Test
    void landsOnNeedsEveryOneOfTheLatestRequestsOnAMatchingPod() {
        Condition.LandsOn web = new Condition.LandsOn(http("client", "http://web"), Map.of("app", "web"), 2, AT);
        send("default/client", "http://web", 1);
        GoalResult few = check(web);
        assertFalse(few.met());
        assertEquals("only 1 of the 2 requests this needs so far: send more", few.detail().en());
        send("default/client", "http://web", 1);
        assertTrue(check(web).met(), check(web).detail().en());
        assertFalse(check(new Condition.LandsOn(http("client", "http://web"), Map.of("app", "api"), 2, AT)).met());
        assertEquals("request #1 client → http://web: delivered to web-a on node2 — that pod does not carry app=api",
                check(new Condition.LandsOn(http("client", "http://web"), Map.of("app", "api"), 2, AT)).detail().en());
    }

    @Test
    void onePodHoldsWhenEveryRequestWentToTheSamePod() {
        Condition.OnePod one = new Condition.OnePod(http("laptop", "http://192.168.1.2:30080"), 5, AT);
        send("laptop", "http://192.168.1.2:30080", 5);
        GoalResult r = check(one);
        assertTrue(r.met(), r.detail().en());
        assertEquals("the latest 5 requests all went to web-a", r.detail().en());
        session.setAppAnswers("default", "web-a", false);
        session.advanceBy(30_000);
        send("laptop", "http://192.168.1.2:30080", 1);
        assertFalse(check(one).met(), "a failed request breaks the run");
    }

    @Test
    void sourceIpTellsTheClientsOwnAddressFromANodes() {
        send("laptop", "http://192.168.1.2:30080", 1);
        Condition.SourceIp node = new Condition.SourceIp(http("laptop", "http://192.168.1.2:30080"), "node", AT);
        GoalResult r = check(node);
        assertTrue(r.met(), r.detail().en());
        assertEquals("request #1: web-a saw 192.168.1.2 as the source (node1's address)", r.detail().en());
        assertFalse(check(new Condition.SourceIp(http("laptop", "http://192.168.1.2:30080"), "client", AT)).met());
        assertTrue(check(new Condition.SourceIp(http("laptop", "http://192.168.1.2:30080"), "192.168.1.2", AT)).met());

        session.send("default/client", "http://web", RequestKind.CURL, 1);
        Condition.SourceIp client = new Condition.SourceIp(http("client", "http://web"), "client", AT);
        assertTrue(check(client).met(), "a pod reaching a ClusterIP keeps its own address: " + check(client).detail().en());
    }

    @Test
    void hopsSeeTheExtraHopWhenTheEntryNodeHasNoPod() {
        send("laptop", "http://192.168.1.2:30080", 1);
        send("laptop", "http://192.168.1.3:30080", 1);
        GoalResult viaNode1 = check(new Condition.Hops(http("laptop", "http://192.168.1.2:30080"), true, null, AT));
        assertTrue(viaNode1.met(), viaNode1.detail().en());
        assertEquals("request #1 entered at node1 and was served on node2: an extra hop", viaNode1.detail().en());
        assertTrue(check(new Condition.Hops(http("laptop", "http://192.168.1.3:30080"), false, null, AT)).met());
        assertFalse(check(new Condition.Hops(http("laptop", "http://192.168.1.3:30080"), true, null, AT)).met());
    }

    @Test
    void dnsComparesTheAnswerWithTheServicesClusterIp() {
        Traffic lookupWeb = new Traffic("client", "web", Traffic.Kind.NSLOOKUP);
        session.send("default/client", "web", RequestKind.NSLOOKUP, 1);
        GoalResult r = check(new Condition.Dns(lookupWeb, Condition.DnsExpect.CLUSTER_IP, "default/web", null, AT));
        assertTrue(r.met(), r.detail().en());
        assertTrue(check(new Condition.Dns(lookupWeb, Condition.DnsExpect.FOUND, null, null, AT)).met());
        assertFalse(check(new Condition.Dns(lookupWeb, Condition.DnsExpect.NXDOMAIN, null, null, AT)).met());
        assertFalse(check(new Condition.Dns(lookupWeb, Condition.DnsExpect.CLUSTER_IP, "default/kubernetes", null, AT))
                .met());

        Traffic lookupNope = new Traffic("client", "nope", Traffic.Kind.NSLOOKUP);
        session.send("default/client", "nope", RequestKind.NSLOOKUP, 1);
        assertTrue(check(new Condition.Dns(lookupNope, Condition.DnsExpect.NXDOMAIN, null, null, AT)).met());
    }

    @Test
    void endpointsCountReadyAndNotReadyAddresses() {
        Condition.EndpointCount oneReady = new Condition.EndpointCount("default", "web", 1, 0, AT);
        GoalResult r = check(oneReady);
        assertTrue(r.met(), r.detail().en());
        assertEquals("Endpoints default/web: 1 ready, 0 not ready", r.detail().en());
        session.setAppAnswers("default", "web-a", false);
        session.advanceBy(30_000);
        GoalResult after = check(oneReady);
        assertFalse(after.met());
        assertEquals("Endpoints default/web: 0 ready, 1 not ready, expected 1 ready, 0 not ready", after.detail().en());
        assertEquals("엔드포인트 default/web: 준비됨 0개, 준비 안 됨 1개 — 기대: 준비됨 1개, 준비 안 됨 0개", after.detail().ko());
        assertTrue(check(new Condition.EndpointCount("default", "web", null, 1, AT)).met());
        assertEquals("there is no Service default/api",
                check(new Condition.EndpointCount("default", "api", 1, null, AT)).detail().en());
    }

    @Test
    void fieldReadsAPathOfTheObject() {
        assertTrue(check(field("service", "web", "/spec/type", "NodePort", true)).met());
        assertTrue(check(field("service", "web", "/spec/ports/0/nodePort", "30080", true)).met());
        assertTrue(check(field("service", "web", "/spec/selector", "{\"app\":\"web\"}", true)).met());
        GoalResult wrong = check(field("service", "web", "/spec/type", "ClusterIP", true));
        assertFalse(wrong.met());
        assertEquals("service/web /spec/type is NodePort, not ClusterIP", wrong.detail().en());
        assertTrue(check(field("service", "web", "/spec/externalIPs", null, false)).met());
        assertFalse(check(field("service", "web", "/spec/externalIPs", null, true)).met());
        assertTrue(check(new Condition.Field("pod", "default", "app=web", PodRef.parse("app=web"),
                "/spec/nodeName", "node2", true, AT)).met());
        assertEquals("there is no service/default/api", check(field("service", "api", "/spec/type", "x", true)).detail().en());
    }

    private static Condition.Field field(String kind, String name, String path, String equals, boolean exists) {
        return new Condition.Field(kind, "default", name, null, path, equals, exists, AT);
    }

    @Test
    void allAnyAndNotCombine() {
        send("laptop", "http://192.168.1.2:30080", 1);
        Condition yes = new Condition.Reach(http("laptop", "http://192.168.1.2:30080"), Outcome.DELIVERED, AT);
        Condition no = new Condition.Reach(http("laptop", "http://192.168.1.2:30080"), Outcome.REFUSED, AT);
        assertTrue(check(new Condition.All(List.of(yes, yes), AT)).met());
        assertFalse(check(new Condition.All(List.of(yes, no), AT)).met());
        assertTrue(check(new Condition.Any(List.of(no, yes), AT)).met());
        assertFalse(check(new Condition.Any(List.of(no, no), AT)).met());
        assertTrue(check(new Condition.Not(no, AT)).met());
        GoalResult nested = check(new Condition.All(List.of(yes, new Condition.Not(yes, AT)), AT));
        assertFalse(nested.met());
        assertEquals(2, nested.parts().size());
        assertFalse(nested.parts().get(1).met());
        assertTrue(nested.parts().get(1).parts().get(0).met());
    }

    @Test
    void aClearedLogForgetsEarlierRequests() {
        send("laptop", "http://192.168.1.2:30080", 1);
        log.clear();
        assertFalse(check(new Condition.Reach(http("laptop", "http://192.168.1.2:30080"), Outcome.DELIVERED, AT)).met());
    }
}
