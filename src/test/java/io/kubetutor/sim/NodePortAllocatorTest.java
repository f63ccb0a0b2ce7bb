package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology.PortRange;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NodePortAllocatorTest {

    private static NodePortAllocator defaults(long seed) {
        return new NodePortAllocator(new PortRange(30000, 32767), new SplittableRandom(seed));
    }

    @Test
    void theDefaultRangeKeepsEightySixPortsForRequests() {
        assertEquals(86, defaults(1).staticBandSize());
        assertEquals(16, new NodePortAllocator(new PortRange(30000, 30099), new SplittableRandom(1)).staticBandSize());
        assertEquals(128, new NodePortAllocator(new PortRange(20000, 32767), new SplittableRandom(1)).staticBandSize());
    }

    @Test
    void automaticPortsComeFromTheUpperBand() throws Exception {
        NodePortAllocator a = defaults(5);
        for (int i = 0; i < 1000; i++) {
            int p = a.allocateNext();
            assertTrue(p >= 30086 && p <= 32767, Integer.toString(p));
        }
    }

    @Test
    void theScanStartsAtRandomAndWrapsInsideTheUpperBand() throws Exception {
        NodePortAllocator a = new NodePortAllocator(new PortRange(30000, 32767),
                new ClusterIpAllocatorTest.HighestRandom());
        assertEquals(32767, a.allocateNext());
        assertEquals(30086, a.allocateNext());
    }

    @Test
    void theLowerBandIsUsedOnlyWhenTheUpperIsFull() throws Exception {
        NodePortAllocator a = new NodePortAllocator(new PortRange(30000, 30099), new SplittableRandom(9));
        Set<Integer> upper = new HashSet<>();
        for (int i = 0; i < 84; i++) {
            upper.add(a.allocateNext());
        }
        assertTrue(upper.stream().allMatch(p -> p >= 30016), upper.toString());
        Set<Integer> lower = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            lower.add(a.allocateNext());
        }
        assertTrue(lower.stream().allMatch(p -> p < 30016), lower.toString());
        AllocationException e = assertThrows(AllocationException.class, a::allocateNext);
        assertEquals("range is full", e.getMessage());
    }

    @Test
    void aRequestedPortOutsideTheRangeIsRefusedWithTheAllocatorsMessage() {
        AllocationException e = assertThrows(AllocationException.class, () -> defaults(1).allocate(80));
        assertEquals("provided port is not in the valid range. The range of valid ports is 30000-32767",
                e.getMessage());
    }

    @Test
    void aRequestedPortInUseIsRefused() throws Exception {
        NodePortAllocator a = defaults(1);
        a.allocate(30080);
        AllocationException e = assertThrows(AllocationException.class, () -> a.allocate(30080));
        assertEquals("provided port is already allocated", e.getMessage());
        a.release(30080);
        a.allocate(30080);
    }

    @Test
    void theSameSeedGivesTheSamePorts() throws Exception {
        NodePortAllocator a = defaults(77);
        NodePortAllocator b = defaults(77);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.allocateNext(), b.allocateNext());
        }
    }
}
