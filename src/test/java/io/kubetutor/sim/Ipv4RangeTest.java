package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Ipv4RangeTest {

    @Test
    void addressesAreReadAsTheValidatorReadsThem() {
        // ParseIPSloppy takes any number of leading zeros, so the allocator must too.
        assertEquals(Ipv4Range.parseAddress("10.96.0.50"), Ipv4Range.parseAddress("0010.096.0.050"));
        assertEquals(Ipv4Range.parseAddress("10.96.0.50"), Ipv4Range.parseAddress("::ffff:10.96.0.50"));
        assertEquals(-1, Ipv4Range.parseAddress("fd00::10"));
        assertEquals(-1, Ipv4Range.parseAddress("10.96.0.256"));
    }

    @Test
    void cidrIsMaskedToItsNetworkAndMustBeIpv4() {
        Ipv4Range r = Ipv4Range.parse("10.96.3.4/12");
        assertEquals("10.96.0.0/12", r.toString());
        assertEquals("10.111.255.255", Ipv4Range.format(r.broadcast()));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Range.parse("fd00::/112"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Range.parse("10.96.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Range.parse("10.96.0.0"));
    }
}
