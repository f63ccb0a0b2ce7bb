package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Ipv4;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ClusterIpAllocatorTest {

    /** Always answers the largest value, so a scan starts at the top of a band. */
    static final class HighestRandom implements RandomGenerator {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }

        @Override
        public int nextInt(int bound) {
            return bound - 1;
        }
    }

    private static long value(String ip) {
        return Ipv4.parseSloppy(ip).orElseThrow().unsigned();
    }

    @Test
    void staticBandIsSixteenForASlash24AndTwoHundredFiftySixForTheKubeadmRange() {
        assertEquals(16, new ClusterIpAllocator("10.0.0.0/24", new SplittableRandom(1)).staticBandSize());
        assertEquals(256, new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(1)).staticBandSize());
        assertEquals(16, new ClusterIpAllocator("10.0.0.0/25", new SplittableRandom(1)).staticBandSize());
        assertEquals(0, new ClusterIpAllocator("10.0.0.0/28", new SplittableRandom(1)).staticBandSize());
        assertEquals("10.96.1.1", new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(1)).firstDynamicAddress());
    }

    @Test
    void automaticPicksComeFromTheUpperBandOfTheKubeadmRange() throws Exception {
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(7));
        for (int i = 0; i < 500; i++) {
            String ip = a.allocateNext();
            assertTrue(value(ip) >= value("10.96.1.1") && value(ip) <= value("10.111.255.254"), ip);
        }
    }

    @Test
    void theUpperBandIsUsedUpBeforeTheLowerOneAndThenTheRangeIsFull() throws Exception {
        ClusterIpAllocator a = new ClusterIpAllocator("10.0.0.0/24", new SplittableRandom(3));
        Set<String> upper = new HashSet<>();
        for (int i = 0; i < 238; i++) {
            upper.add(a.allocateNext());
        }
        for (int host = 17; host <= 254; host++) {
            assertTrue(upper.contains("10.0.0." + host), "10.0.0." + host);
        }
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            lower.add(a.allocateNext());
        }
        for (int host = 1; host <= 16; host++) {
            assertTrue(lower.contains("10.0.0." + host), "10.0.0." + host);
        }
        AllocationException full = assertThrows(AllocationException.class, a::allocateNext);
        assertEquals("range is full", full.getMessage());
        assertTrue(full.rangeFull());
    }

    @Test
    void networkAndBroadcastAddressesAreNeverGiven() throws Exception {
        ClusterIpAllocator a = new ClusterIpAllocator("192.168.5.0/28", new SplittableRandom(11));
        Set<String> given = new HashSet<>();
        for (int i = 0; i < 14; i++) {
            given.add(a.allocateNext());
        }
        assertEquals(14, given.size());
        assertFalse(given.contains("192.168.5.0"));
        assertFalse(given.contains("192.168.5.15"));
        assertThrows(AllocationException.class, a::allocateNext);
    }

    @Test
    void theScanWrapsInsideTheUpperBand() throws Exception {
        ClusterIpAllocator a = new ClusterIpAllocator("10.0.0.0/24", new HighestRandom());
        assertEquals("10.0.0.254", a.allocateNext());
        assertEquals("10.0.0.17", a.allocateNext());
        assertEquals("10.0.0.18", a.allocateNext());
    }

    @Test
    void theSameSeedGivesTheSameAddresses() throws Exception {
        assertEquals(picks(99), picks(99));
        assertNotEquals(picks(99), picks(100));
    }

    private static List<String> picks(long seed) throws AllocationException {
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(seed));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(a.allocateNext());
        }
        return out;
    }

    @Test
    void explicitAddressesAreAcceptedInEitherBand() throws Exception {
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(1));
        a.allocate("10.96.0.50");
        a.allocate("10.100.7.9");
        assertTrue(a.isAllocated("10.96.0.50"));
        assertTrue(a.isAllocated("10.100.7.9"));
        assertEquals(2, a.allocatedCount());
    }

    @Test
    void anAddressOutsideTheServiceCidrIsRefusedWithTheMetaAllocatorsMessage() {
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(1));
        AllocationException e = assertThrows(AllocationException.class, () -> a.allocate("1.1.1.1"));
        assertEquals("the provided network does not match the current range", e.getMessage());
    }

    @Test
    void theNetworkAndBroadcastAddressesAreRefusedAsNotInTheValidRange() {
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(1));
        AllocationException net = assertThrows(AllocationException.class, () -> a.allocate("10.96.0.0"));
        assertEquals("the provided IP (10.96.0.0) is not in the valid range. The range of valid IPs is 10.96.0.0/12",
                net.getMessage());
        AllocationException bcast = assertThrows(AllocationException.class, () -> a.allocate("10.111.255.255"));
        assertEquals("the provided IP (10.111.255.255) is not in the valid range. The range of valid IPs is "
                + "10.96.0.0/12", bcast.getMessage());
    }

    @Test
    void anAddressInUseIsRefusedAndFreeAgainAfterRelease() throws Exception {
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(1));
        a.allocate("10.96.0.10");
        AllocationException e = assertThrows(AllocationException.class, () -> a.allocate("10.96.0.10"));
        assertEquals("provided IP is already allocated", e.getMessage());
        a.release("10.96.0.10");
        a.allocate("10.96.0.10");
    }

    @Test
    void anAddressWrittenWithLeadingZerosIsTheAddressValidationAccepted() throws Exception {
        // ParseIPSloppy reads 010.096.000.010 as 10.96.0.10, so the allocator must hold that address.
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.0.0/12", new SplittableRandom(1));
        a.allocate("010.096.000.010");
        assertTrue(a.isAllocated("10.96.0.10"));
        AllocationException e = assertThrows(AllocationException.class, () -> a.allocate("::ffff:10.96.0.10"));
        assertEquals("provided IP is already allocated", e.getMessage());
        a.release("10.96.0.010");
        assertFalse(a.isAllocated("10.96.0.10"));
    }

    @Test
    void theSystemServiceIndexesAreCountedFromTheNetworkAddressEvenPastTheRange() {
        ClusterIpAllocator a = new ClusterIpAllocator("10.96.3.4/12", new SplittableRandom(1));
        assertEquals("10.96.0.0/12", a.cidr());
        assertEquals("10.96.0.1", a.addressAt(1));
        assertEquals("10.96.0.10", a.addressAt(10));
        // A /29 has no tenth address; the one past it is refused when the bootstrap allocates it.
        ClusterIpAllocator small = new ClusterIpAllocator("10.96.0.0/29", new SplittableRandom(1));
        assertEquals("10.96.0.10", small.addressAt(10));
        AllocationException e = assertThrows(AllocationException.class, () -> small.allocate(small.addressAt(10)));
        assertEquals("the provided network does not match the current range", e.getMessage());
    }

    @Test
    void aServiceCidrThatIsNotAnIpv4RangeIsRefusedWithGosParseMessage() {
        for (String cidr : new String[] {"fd00::/112", "10.96.0.0/33", "10.96.0.0", "::ffff:10.96.0.0/140"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ClusterIpAllocator(cidr, new SplittableRandom(1)));
            assertEquals("invalid CIDR address: " + cidr, e.getMessage());
        }
    }

    @Test
    void rangesTheApiserverWouldRefuseAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterIpAllocator("10.0.0.0/8", new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new ClusterIpAllocator("10.0.0.0/30", new SplittableRandom(1)));
    }
}
