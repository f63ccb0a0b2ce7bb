package io.kubetutor.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which packet is travelling at each hop, and which moves are the extra hop. */
class HopRolesTest {
    @Test
    void aLookupByNameIsADnsPacketUntilTheAnswerArrivesThenTheRequestAndItsReply() {
        Traces cluster = new Traces(Traces.webNodePort(3, "Cluster"));
        String pod = cluster.last().snapshot().all(io.kubetutor.model.Pod.class).stream()
                .filter(p -> p.metadata().name().startsWith("web-")).findFirst().orElseThrow().metadata().name();
        List<Trace> traces = cluster.send(pod, "http://web/", RequestKind.CURL, 1);
        Trace t = traces.get(traces.size() - 1);
        HopRoles roles = new HopRoles(t);
        int route = -1;
        for (int i = 0; i < t.hops().size(); i++) {
            if (t.hops().get(i).action() == Action.ROUTE) {
                route = i;
                break;
            }
        }
        for (int i = 0; i < route; i++) {
            assertEquals(PacketSprite.Kind.DNS, roles.kinds[i], "hop " + i + " " + t.hops().get(i));
        }
        assertEquals(PacketSprite.Kind.REQUEST, roles.kinds[route]);
        assertEquals(route, roles.legStart[route]);
        assertEquals(PacketSprite.Kind.REPLY, roles.kinds[t.hops().size() - 1]);
        for (boolean extra : roles.extraInto) {
            assertFalse(extra, "a pod's traffic to another node is ordinary routing");
        }
    }
}
