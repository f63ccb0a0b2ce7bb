package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.app.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the network: a pod's loopback never leaves the pod, a name that does not resolve is
 * a DNS failure (not a lost echo), and a server outside the cluster answers so curl has something
 * to print.
 */
class LoopbackAndOutsideTest {
    private static Cluster cluster() {
        return Net.cluster(Net.clientPod("client", "node2"));
    }

    @Test
    void pingOfTheLoopbackIsAnsweredInsideThePod() {
        Trace t = cluster().dataPlane().send("client", "127.0.0.1", RequestKind.PING);
        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals(List.of("pod:deliver"), kinds(t), show(t));
    }

    @Test
    void pingOfANameThatDoesNotResolveIsNxdomainNotNoReply() {
        Trace t = cluster().dataPlane().send("client", "no-such-service", RequestKind.PING);
        assertEquals(Outcome.NXDOMAIN, t.outcome(), show(t));
        assertNull(t.connectedTo());
    }

    @Test
    void aServerOutsideTheClusterAnswersAndSeesTheNodesAddress() {
        Cluster c = cluster();
        Trace t = c.dataPlane().send("client", "http://example.com/", RequestKind.CURL);
        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        HttpResponse r = (HttpResponse) t.reply();
        assertEquals(200, r.status());
        // The CNI masquerades pod traffic leaving the pod network behind the node's address.
        assertTrue(r.body().contains("from " + Net.nodeIp(c, "node2")), r.body());
        assertTrue(kinds(t).contains("node:snat"), show(t));
        assertTrue(kinds(t).contains("outside:reply"), show(t));
    }
}
