package io.kubetutor.sim.net.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuaBalancerPartsTest {
    @Test
    void cookieTimeWritesTwoDigitYearsUntil2037AsNginxDoes() {
        // lua-nginx-module's documented example: ngx.cookie_time(1290079655).
        assertEquals("Thu, 18-Nov-10 11:27:35 GMT", LuaText.cookieTime(1290079655L));
        assertEquals("Sat, 03-Jan-26 00:00:00 GMT", LuaText.cookieTime(1_767_398_400L));
        assertEquals("Sun, 01-Jan-2040 00:00:00 GMT", LuaText.cookieTime(2_208_988_800L));
    }

    @Test
    void numbersPrintAsLuaJitsTostringDoes() {
        assertEquals("1767225601", LuaText.number(1767225601.0));
        assertEquals("1767225601.5", LuaText.number(1767225601.5));
        assertEquals("1767225601.123", LuaText.number(1767225600.123 + 1));
    }

    @Test
    void theRingUsesStandardCrc32AndMovesOnlyTheKeysOfARemovedNode() {
        assertEquals(0xCBF43926L, ConsistentHashRing.crc32("123456789"));
        List<String> nodes = List.of("10.244.0.5:8080", "10.244.1.7:8080", "10.244.2.9:8080");
        ConsistentHashRing full = new ConsistentHashRing(nodes);
        ConsistentHashRing less = new ConsistentHashRing(List.of(nodes.get(0), nodes.get(2)));
        List<Integer> used = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            String key = "1767225601.5.42." + k;
            String before = nodes.get(full.find(key));
            String after = less.nodes().get(less.find(key));
            used.add(full.find(key));
            if (!before.equals(nodes.get(1))) {
                assertEquals(before, after, key);
            }
        }
        assertTrue(used.containsAll(List.of(0, 1, 2)), "every node owns part of the ring");
        assertEquals(full.find("same key"), new ConsistentHashRing(nodes).find("same key"));
    }
}
