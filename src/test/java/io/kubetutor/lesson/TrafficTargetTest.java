package io.kubetutor.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which requests a goal's {@code to} looks at: host, port and scheme always; the path when written. */
class TrafficTargetTest {
    private static Traffic to(String target) {
        return new Traffic("laptop", target, Traffic.Kind.HTTP);
    }

    @Test
    void aTargetWithoutAPathTakesRequestsToAnyPath() {
        assertTrue(to("http://shop.example.com").sameTarget("http://shop.example.com/api/orders"));
        assertTrue(to("web:80").sameTarget("http://web/index.html"));
    }

    @Test
    void aTargetWithAPathTakesOnlyRequestsToThatPath() {
        Traffic api = to("http://shop.example.com/api/orders");
        assertTrue(api.sameTarget("http://shop.example.com/api/orders"));
        assertTrue(api.sameTarget("shop.example.com:80/api/orders"));
        assertFalse(api.sameTarget("http://shop.example.com/"));
        assertFalse(api.sameTarget("http://shop.example.com/api"));
    }

    @Test
    void theRootPathMatchesARequestWrittenWithoutOne() {
        Traffic root = to("http://shop.example.com/");
        assertTrue(root.sameTarget("http://shop.example.com"));
        assertTrue(root.sameTarget("http://shop.example.com/"));
        assertFalse(root.sameTarget("http://shop.example.com/api/orders"));
    }

    @Test
    void schemeAndPortStillTellTargetsApart() {
        assertFalse(to("https://shop.example.com/").sameTarget("http://shop.example.com/"));
        assertFalse(to("http://web").sameTarget("http://web:8080"));
    }
}
