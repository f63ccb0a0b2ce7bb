package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WhyThisPodTest {
    private static final Messages EN = Messages.of(Locale.ENGLISH);

    private static List<String> lines(WhyThisPod w, String section) {
        WhyThisPod.Section s = w.section(section);
        return s == null ? List.of() : s.lines();
    }

    @Test
    void aNodePortDeliveryListsTheThreeEndpointsAndMarksTheChosenOne() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        WhyThisPod w = WhyThisPodExplainer.of(t);

        assertEquals(WhyThisPod.Case.SERVICE, w.kase());
        assertEquals(t.pod() + " on " + t.node() + " answered", w.headline());
        assertEquals(List.of("Service default/web:http, port 80/TCP, reached as NodePort 30080 on node2"),
                lines(w, WhyThisPodExplainer.SERVICE));
        assertEquals(3, w.candidates().size());
        assertTrue(w.candidates().stream().allMatch(Candidate::eligible));
        List<Candidate> chosen = w.candidates().stream().filter(Candidate::chosen).toList();
        assertEquals(1, chosen.size());
        assertEquals(t.pod(), chosen.get(0).label());
        assertEquals(t.podAddress().toString(), chosen.get(0).address());
        assertEquals(List.of("3 endpoints, 3 eligible"), lines(w, WhyThisPodExplainer.CANDIDATES));
        assertTrue(lines(w, WhyThisPodExplainer.CHOICE).get(0).endsWith("picked at random: each had a 1 in 3 chance"));
        List<String> source = lines(w, WhyThisPodExplainer.SOURCE);
        assertEquals("the pod saw 192.168.1.3, not the client's 192.168.1.10", source.get(0));
        assertTrue(source.get(1).startsWith("externalTrafficPolicy Cluster: SNAT"), source.get(1));
        assertEquals(List.of(t.verdict().reason()), lines(w, WhyThisPodExplainer.PROXY_WORDS));
    }

    @Test
    void externalTrafficPolicyLocalLeavesTheOtherNodesEndpointsOutAndKeepsTheClientAddress() {
        Fixtures f = Fixtures.with(Fixtures.SPLIT);
        Trace t = f.send("laptop", "http://192.168.1.2:30090/");
        WhyThisPod w = WhyThisPodExplainer.of(t);

        assertEquals(3, w.candidates().size());
        for (Candidate c : w.candidates()) {
            assertEquals(c.node().equals("node1"), c.eligible(), c.toString());
            assertEquals(c.node().equals("node1"), c.local(), c.toString());
            if (!c.eligible()) {
                assertEquals("on another node: externalTrafficPolicy Local leaves it out", c.note());
            }
        }
        assertEquals(List.of("externalTrafficPolicy Local: only endpoints on node1 are eligible"),
                lines(w, WhyThisPodExplainer.POLICY));
        assertEquals(List.of("the pod saw the client's own address 192.168.1.10",
                "externalTrafficPolicy Local: no SNAT, so the client address is kept"),
                lines(w, WhyThisPodExplainer.SOURCE));
    }

    @Test
    void theSecondRequestUnderClientIpAffinityIsPinnedToTheFirstPod() {
        Fixtures f = Fixtures.with(Fixtures.SPLIT);
        Trace first = f.send("laptop", "http://192.168.1.2:30092/");
        Trace second = f.send("laptop", "http://192.168.1.2:30092/");
        assertEquals(first.pod(), second.pod());
        List<String> firstChoice = lines(WhyThisPodExplainer.of(first), WhyThisPodExplainer.CHOICE);
        assertTrue(firstChoice.get(firstChoice.size() - 1).startsWith("ClientIP affinity now pins 192.168.1.10 to "
                + first.pod() + " until "), firstChoice.toString());
        List<String> secondChoice = lines(WhyThisPodExplainer.of(second), WhyThisPodExplainer.CHOICE);
        assertEquals(1, secondChoice.size());
        assertTrue(secondChoice.get(0).startsWith("ClientIP affinity: 192.168.1.10 is pinned to " + second.pod()
                + " until 03:00:"), secondChoice.get(0));
    }

    @Test
    void aKeptAliveConnectionMakesNoNewChoice() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace first = f.send("laptop", "http://192.168.1.3:30080/", RequestKind.KEEP_ALIVE);
        Trace second = f.send("laptop", "http://192.168.1.3:30080/", RequestKind.KEEP_ALIVE);
        assertFalse(TraceFacts.connectionReused(first));
        assertTrue(TraceFacts.connectionReused(second));
        assertEquals(List.of("no new choice: the browser reused its open connection, and conntrack keeps it on "
                + second.pod()), lines(WhyThisPodExplainer.of(second), WhyThisPodExplainer.CHOICE));
    }

    @Test
    void aServiceWithoutEndpointsExplainsTheRefusal() {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        Trace t = f.send("laptop", "http://192.168.1.2:30091/");
        WhyThisPod w = WhyThisPodExplainer.of(t);
        assertEquals(WhyThisPod.Case.SERVICE_REFUSED, w.kase());
        assertEquals("Service default/empty: no pod — connection refused", w.headline());
        assertEquals(List.of("the Service has no ready endpoint: kube-proxy rejects (connection refused)"),
                lines(w, WhyThisPodExplainer.CHOICE));
        assertTrue(w.candidates().isEmpty());
    }

    @Test
    void withoutAServiceHopItSaysWhyNoPodWasChosen() {
        Fixtures f = Fixtures.with(Fixtures.SPLIT);
        String podIp = f.pods("web-b").get(0).status().podIP();

        WhyThisPod direct = WhyThisPodExplainer.of(f.send("node3", "http://" + podIp + ":8080/"));
        assertEquals(WhyThisPod.Case.DIRECT_TO_POD, direct.kase());
        assertEquals(List.of("sent straight to the pod IP " + podIp + ":8080: no Service, so kube-proxy made no "
                + "choice"), lines(direct, WhyThisPodExplainer.CHOICE));

        String client = f.pods("web-a").get(0).metadata().name();
        WhyThisPod headless = WhyThisPodExplainer.of(f.send(client, "http://db:8080/"));
        assertEquals(WhyThisPod.Case.HEADLESS, headless.kase());
        assertTrue(lines(headless, WhyThisPodExplainer.CHOICE).get(0).startsWith("db is a headless Service"));

        WhyThisPod dns = WhyThisPodExplainer.of(f.send(client, "local", RequestKind.NSLOOKUP));
        assertEquals(WhyThisPod.Case.DNS_ONLY, dns.kase());
        assertTrue(lines(dns, WhyThisPodExplainer.CHOICE).get(1).startsWith("local.default.svc.cluster.local. → "));

        WhyThisPod stopped = WhyThisPodExplainer.of(f.send("laptop", "http://10.96.0.1/"));
        assertEquals(WhyThisPod.Case.STOPPED_BEFORE_PROXY, stopped.kase());
        assertEquals("Stopped before kube-proxy: no route to the address", stopped.headline());
        assertTrue(lines(stopped, WhyThisPodExplainer.CHOICE).get(0).contains("has no route"));
    }

    @Test
    void koreanTellsTheSameStoryInKorean() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        WhyThisPod w = WhyThisPodExplainer.of(t, Messages.of(Locale.KOREAN));
        assertEquals(t.node() + "의 " + t.pod() + "이(가) 응답했습니다", w.headline());
        assertEquals(List.of("엔드포인트 3개 중 3개가 대상"), lines(w, WhyThisPodExplainer.CANDIDATES));
    }

    @Test
    void ipvsPicksByRoundRobin() {
        io.kubetutor.model.ClusterTopology d = io.kubetutor.model.ClusterTopology.defaults();
        io.kubetutor.model.ClusterTopology ipvs = new io.kubetutor.model.ClusterTopology(d.nodes(), d.clients(),
                d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(),
                io.kubetutor.model.ClusterTopology.ProxyMode.IPVS, d.ingressController());
        Fixtures f = Fixtures.with(ipvs, Fixtures.WEB);
        Trace first = f.send("laptop", "http://192.168.1.3:30080/");
        Trace second = f.send("laptop", "http://192.168.1.3:30080/");
        List<String> choice = lines(WhyThisPodExplainer.of(first), WhyThisPodExplainer.CHOICE);
        assertEquals(List.of("endpoint " + (first.verdict().position() + 1) + " of 3: next in turn (IPVS round robin)"),
                choice);
        assertEquals((first.verdict().position() + 1) % 3, second.verdict().position());
    }

    @Test
    void throughAnIngressTheControllerPicksThePodItselfAndThePodSeesTheController() {
        String shop = Fixtures.WEB + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop}
                spec:
                  ingressClassName: nginx
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                """;
        Fixtures f = Fixtures.with(Fixtures.withCloud().withIngressController(
                new io.kubetutor.model.ClusterTopology.IngressController(true)), shop);
        f.session.advanceBy(60_000);
        Trace t = f.send("laptop", "http://shop.example.com/");
        assertEquals(io.kubetutor.sim.net.Outcome.DELIVERED, t.outcome());
        WhyThisPod w = WhyThisPodExplainer.of(t);
        assertEquals(t.pod() + " on " + t.node() + " answered", w.headline());
        assertTrue(t.pod().startsWith("web-"), t.pod());
        List<String> ingress = lines(w, WhyThisPodExplainer.INGRESS);
        assertTrue(ingress.get(0).startsWith("the ingress controller matched default/shop → Service web and sent the "
                + "request straight to " + t.pod()), ingress.get(0));
        assertEquals(t.ingress().reason(), ingress.get(ingress.size() - 1));
        assertTrue(lines(w, WhyThisPodExplainer.SOURCE).get(0).startsWith("the pod saw " + t.sourceIpSeenByPod()
                + ", the ingress controller's address"));
        // kube-proxy's candidates are the controller's pods: the Service hop was the controller's Service.
        assertTrue(w.candidates().stream().allMatch(c -> c.label().startsWith("ingress-nginx-controller")));
        int hop = TraceFacts.ingressHop(t);
        assertTrue(hop > 0);
        assertTrue(PacketDetails.of(new io.kubetutor.session.HopRef(t, hop)).stream()
                .anyMatch(d -> d.labelKey().equals("panels.details.backend")
                        && d.value().equals("web:80 → " + t.podAddress() + " (" + t.pod() + ")")));
    }
}
