package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.HopRef;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PacketDetailsTest {
    private static DetailField field(List<DetailField> fields, String key) {
        return fields.stream().filter(f -> f.labelKey().equals("panels.details." + key)).findFirst().orElse(null);
    }

    private static int hop(Trace t, Action a) {
        for (int i = 0; i < t.hops().size(); i++) {
            if (t.hops().get(i).action() == a) {
                return i;
            }
        }
        throw new AssertionError("no " + a);
    }

    @Test
    void atTheDnatHopTheDestinationChangesAndTheRuleAndPickAreNamed() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        int i = hop(t, Action.DNAT);
        assertEquals(i, TraceFacts.serviceHop(t));
        List<DetailField> d = PacketDetails.of(new HopRef(t, i));

        PacketChange c = field(d, "packet").change();
        assertTrue(c.dstChanged());
        assertFalse(c.srcChanged());
        assertEquals("192.168.1.3:30080", c.beforeDst().toString());
        assertEquals(t.podAddress(), c.afterDst());
        assertEquals("kube-proxy on node2", field(d, "where").value());
        assertEquals("NodePort 30080 → Service default/web:http", field(d, "rule").value());
        assertTrue(field(d, "endpoint").value().startsWith(t.pod() + " (" + t.podAddress() + ")"));
        String choice = field(d, "choice").value();
        int position = t.verdict().position() + 1;
        assertTrue(choice.startsWith("endpoint " + position + " of 3, picked at random: each had a 1 in 3 chance"),
                choice);
        assertEquals("externalTrafficPolicy Cluster: endpoints on every node are eligible", field(d, "policy").value());
        assertTrue(field(d, "masquerade").value().startsWith("externalTrafficPolicy Cluster: SNAT to node2's address"));
        assertEquals(t.hops().get(i).reason(), field(d, "reason").value());
        assertEquals(DetailField.Style.LONG, field(d, "reason").style());
    }

    @Test
    void atTheSnatHopTheSourceChangesAndTheMasqueradeIsExplained() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        int i = hop(t, Action.SNAT);
        assertEquals(i, TraceFacts.masqueradeHop(t));
        List<DetailField> d = PacketDetails.of(new HopRef(t, i));
        PacketChange c = field(d, "packet").change();
        assertTrue(c.srcChanged());
        assertFalse(c.dstChanged());
        assertEquals("192.168.1.3", c.afterSrc().ip());
        assertNotNull(field(d, "masquerade"));
        assertNull(field(d, "rule"));
    }

    @Test
    void theFirstReplyHopTurnsThePacketAroundWithoutCallingItARewrite() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        int i = hop(t, Action.REPLY);
        PacketChange c = TraceFacts.change(t, i);
        assertFalse(c.srcChanged());
        assertFalse(c.dstChanged());
        assertTrue(PacketDetails.of(new HopRef(t, i)).get(0).value().endsWith("on the way back"));
    }

    @Test
    void theWholeRequestShowsOutcomePodSourceSeenAndTheRepliesHead() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        List<DetailField> d = PacketDetails.of(new HopRef(t, -1));
        assertEquals("curl laptop → http://192.168.1.3:30080/", field(d, "request").value());
        assertEquals("✓ delivered", field(d, "outcome").value());
        assertEquals("node2", field(d, "entryNode").value());
        assertEquals(t.pod() + " (" + t.podAddress() + ")", field(d, "pod").value());
        assertEquals("192.168.1.3", field(d, "sourceSeen").value());
        DetailField reply = field(d, "reply");
        assertEquals(DetailField.Style.CODE, reply.style());
        assertTrue(reply.value().startsWith("HTTP/1.1 200 OK\n\nHostname: " + t.pod()), reply.value());
        assertTrue(reply.value().lines().count() <= 2 + PacketDetails.BODY_LINES + 1);
        assertTrue(reply.value().endsWith("…"));
        assertEquals(t.summary(), field(d, "summary").value());
    }

    @Test
    void aRejectedPacketShowsTheDecisionAndTheRuleComment() {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        Trace t = f.send("laptop", "http://192.168.1.2:30091/");
        int i = hop(t, Action.REJECT);
        List<DetailField> d = PacketDetails.of(new HopRef(t, i));
        assertEquals("the Service has no ready endpoint: kube-proxy rejects (connection refused)",
                field(d, "decision").value());
        assertEquals("\"default/empty has no endpoints\"", field(d, "ruleComment").value());
        assertEquals("✗ connection refused", field(PacketDetails.of(new HopRef(t, -1)), "outcome").value());
    }

    @Test
    void aDnsAnswerHopShowsTheAnswer() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        String pod = f.pods("web-").get(0).metadata().name();
        Trace t = f.send(pod, "http://web/");
        int i = hop(t, Action.DNS_ANSWER);
        DetailField dns = field(PacketDetails.of(new HopRef(t, i)), "dns");
        String clusterIp = f.last().snapshot().get(io.kubetutor.model.Service.class, "default", "web").orElseThrow()
                .spec().clusterIP();
        assertEquals("web.default.svc.cluster.local. → " + clusterIp, dns.value());
        // The DNS lookup's own DNAT (to CoreDNS) is not the Service decision.
        assertTrue(TraceFacts.serviceHop(t) > i);
    }

    @Test
    void koreanLabelsTheSameFieldsInKorean() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        List<DetailField> en = PacketDetails.of(new HopRef(t, 1));
        List<DetailField> ko = PacketDetails.of(new HopRef(t, 1), Messages.of(Locale.KOREAN));
        assertEquals(en.stream().map(DetailField::labelKey).toList(), ko.stream().map(DetailField::labelKey).toList());
        assertEquals("node2의 kube-proxy", field(ko, "where").value());
    }
}
