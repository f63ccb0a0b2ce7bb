package io.kubetutor.ui.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.sim.net.Source;
import io.kubetutor.ui.traffic.SendCheck.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What stops a request before it reaches the session. */
class SendCheckTest {
    private static final List<ClientChoice> CLIENTS = List.of(
            new ClientChoice("laptop", Source.Kind.CLIENT, "", false, true),
            new ClientChoice("default/web-1", Source.Kind.POD, "default", false, false));

    @Test
    void aKnownClientAndAParsableTargetPass() {
        assertEquals(Problem.NONE, SendCheck.check(CLIENTS, "laptop", "http://192.168.1.2:30080/"));
        assertEquals(Problem.NONE, SendCheck.check(CLIENTS, "laptop", "web"));
        assertEquals(Problem.NONE, SendCheck.check(CLIENTS, "laptop", "loadbalancer:shop:80"));
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals(Problem.NO_CLIENT, SendCheck.check(CLIENTS, null, "web"));
        assertEquals(Problem.NO_CLIENT, SendCheck.check(CLIENTS, "gone", "web"));
        assertEquals(Problem.CLIENT_HAS_NO_IP, SendCheck.check(CLIENTS, "default/web-1", "web"));
        assertEquals(Problem.NO_TARGET, SendCheck.check(CLIENTS, "laptop", "  "));
        assertEquals(Problem.BAD_TARGET, SendCheck.check(CLIENTS, "laptop", "http://web:99999/"));
        assertEquals(Problem.BAD_TARGET, SendCheck.check(CLIENTS, "laptop", "ftp://web/"));
    }
}
