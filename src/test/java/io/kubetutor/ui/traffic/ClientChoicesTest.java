package io.kubetutor.ui.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Source;
import io.kubetutor.ui.console.SessionStates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the picker offers as the sender, in its order. */
class ClientChoicesTest {
    @Test
    void clientsThenTheLearnersPodsThenSystemPodsThenNodes() {
        List<ClientChoice> all = ClientChoices.of(SessionStates.after(SessionStates.WEB));
        assertEquals("laptop", all.get(0).id());
        assertEquals(Source.Kind.CLIENT, all.get(0).kind());
        assertTrue(all.get(1).id().startsWith("default/web-"), all.get(1).id());
        assertEquals(Source.Kind.POD, all.get(1).kind());
        assertTrue(all.get(2).id().startsWith("kube-system/coredns-"), all.get(2).id());
        assertTrue(all.get(2).system());
        List<String> tail = all.subList(all.size() - 3, all.size()).stream().map(ClientChoice::id).toList();
        assertEquals(List.of("node1", "node2", "node3"), tail);
        assertTrue(all.stream().allMatch(ClientChoice::canSend));
    }
}
