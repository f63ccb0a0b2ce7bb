package io.kubetutor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4Test {

    private static Ipv4 ip(String s) {
        return Ipv4.parse(s).orElseThrow();
    }

    private static Ipv4.Cidr cidr(String s) {
        return Ipv4.Cidr.parse(s).orElseThrow();
    }

    @Test
    void dottedQuadParsesAndPrintsBack() {
        assertEquals("10.96.0.1", ip("10.96.0.1").toString());
        assertEquals("255.255.255.255", ip("255.255.255.255").toString());
        assertEquals("0.0.0.0", ip("0.0.0.0").toString());
        assertEquals(0xFFFF_FFFFL, ip("255.255.255.255").unsigned());
        assertEquals(0x0A60_0001L, ip("10.96.0.1").unsigned());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", "01.2.3.4", "1.2.3.4 ", " 1.2.3.4",
            "1..3.4", "1.2.3.4.", "a.b.c.d", "::1", "1.2.3.0x4", "1.2.3.１"})
    void anythingButAStrictDottedQuadIsRefused(String s) {
        assertTrue(Ipv4.parse(s).isEmpty(), s);
        assertFalse(Ipv4.isValid(s));
    }

    @Test
    void addressesCompareAsUnsignedNumbers() {
        assertTrue(ip("200.0.0.1").compareTo(ip("10.0.0.1")) > 0);
        assertEquals(ip("10.96.1.0"), ip("10.96.0.255").plus(1));
        assertEquals(ip("10.96.0.254"), ip("10.96.0.255").plus(-1));
        assertThrows(IllegalArgumentException.class, () -> ip("255.255.255.255").plus(1));
    }

    @Test
    void cidrMasksHostBitsAndSaysSo() {
        assertEquals("10.96.0.0/12", cidr("10.96.0.1/12").toString());
        assertTrue(Ipv4.Cidr.hasHostBits("10.96.0.1/12"));
        assertFalse(Ipv4.Cidr.hasHostBits("10.96.0.0/12"));
        assertFalse(Ipv4.Cidr.hasHostBits("nonsense"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.96.0.0", "10.96.0.0/", "10.96.0.0/33", "10.96.0.0/012", "10.96.0.0/-1", "10.96.0/12",
            "10.96.0.0/1a", "/12"})
    void malformedCidrsAreRefused(String s) {
        assertTrue(Ipv4.Cidr.parse(s).isEmpty(), s);
    }

    @Test
    void cidrKnowsItsSizeMembersAndNthAddress() {
        Ipv4.Cidr kubeadm = cidr("10.96.0.0/12");
        assertEquals(1L << 20, kubeadm.size());
        assertEquals(ip("10.96.0.1"), kubeadm.address(1));
        assertEquals(ip("10.96.0.10"), kubeadm.address(10));
        assertEquals(ip("10.111.255.255"), kubeadm.last());
        assertTrue(kubeadm.contains(ip("10.111.255.255")));
        assertFalse(kubeadm.contains(ip("10.112.0.0")));
        assertThrows(IllegalArgumentException.class, () -> kubeadm.address(1L << 20));
        assertEquals(8, cidr("10.0.0.0/29").size());
        assertEquals(1L << 32, cidr("0.0.0.0/0").size());
        assertTrue(cidr("0.0.0.0/0").contains(ip("203.0.113.7")));
        assertEquals(1, cidr("1.2.3.4/32").size());
    }

    @Test
    void offsetOfIsTheInverseOfAddress() {
        Ipv4.Cidr kubeadm = cidr("10.96.0.0/12");
        assertEquals(0, kubeadm.offsetOf(ip("10.96.0.0")));
        assertEquals(10, kubeadm.offsetOf(kubeadm.address(10)));
        assertEquals(kubeadm.size() - 1, kubeadm.offsetOf(kubeadm.last()));
        assertEquals(-1, kubeadm.offsetOf(ip("10.112.0.0")));
        assertEquals(-1, kubeadm.offsetOf(ip("10.95.255.255")));
    }

    @Test
    void sloppyAddressesAreReadAsTheValidatorReadsThem() {
        // ParseIPSloppy takes any number of leading zeros, so the allocators must too.
        assertEquals(Ipv4.parseSloppy("10.96.0.50"), Ipv4.parseSloppy("0010.096.0.050"));
        assertEquals(Optional.of(ip("10.96.0.50")), Ipv4.parseSloppy("::ffff:10.96.0.50"));
        assertTrue(Ipv4.parseSloppy("fd00::10").isEmpty());
        assertTrue(Ipv4.parseSloppy("10.96.0.256").isEmpty());
        assertTrue(Ipv4.parseSloppy(null).isEmpty());
    }

    @Test
    void theStrictParsersRefuseWhatTheSloppyOnesAccept() {
        assertTrue(Ipv4.parse("0010.096.0.050").isEmpty());
        assertTrue(Ipv4.parse("::ffff:10.96.0.50").isEmpty());
        assertTrue(Ipv4.Cidr.parse("010.96.0.0/12").isEmpty());
        assertTrue(Ipv4.Cidr.parse("10.96.0.0/012").isEmpty());
        assertEquals(Optional.of(cidr("10.96.0.0/12")), Ipv4.Cidr.parseSloppy("010.96.0.0/012"));
    }

    @Test
    void sloppyCidrIsMaskedToItsNetworkAndMustBeIpv4() {
        Ipv4.Cidr r = Ipv4.Cidr.parseSloppy("10.96.3.4/12").orElseThrow();
        assertEquals("10.96.0.0/12", r.toString());
        assertEquals("10.111.255.255", r.last().toString());
        assertTrue(Ipv4.Cidr.parseSloppy("fd00::/112").isEmpty());
        assertTrue(Ipv4.Cidr.parseSloppy("10.96.0.0/33").isEmpty());
        assertTrue(Ipv4.Cidr.parseSloppy("10.96.0.0").isEmpty());
        assertTrue(Ipv4.Cidr.parseSloppy(null).isEmpty());
    }

    @Test
    void overlapIsSymmetric() {
        assertTrue(cidr("10.244.0.0/16").overlaps(cidr("10.244.1.0/24")));
        assertTrue(cidr("10.244.1.0/24").overlaps(cidr("10.244.0.0/16")));
        assertFalse(cidr("10.244.0.0/24").overlaps(cidr("10.244.1.0/24")));
    }
}
