package io.kubetutor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sloppy Go IP / CIDR parser that validation and the allocators share. */
class GoIPTest {

    @Test
    void sloppyParserAcceptsLeadingZerosInIpv4() {
        byte[] ip = GoIP.parseIP("010.001.1.1");
        assertNotNull(ip);
        assertEquals(10, ip[12]);
    }

    @Test
    void theGo117DottedQuadRefusesLeadingZerosButNotAZeroOctet() {
        assertNull(GoIP.parseDottedQuad("010.1.1.1"));
        assertNull(GoIP.parseDottedQuad("10.1.1.00"));
        assertNull(GoIP.parseDottedQuad("::ffff:10.1.1.1"));
        byte[] ip = GoIP.parseDottedQuad("10.0.0.255");
        assertNotNull(ip);
        assertTrue(GoIP.isIPv4(ip));
        assertEquals(10, ip[12]);
        assertEquals((byte) 255, ip[15]);
        // The sloppy parser is unchanged by the strict one sharing its code.
        assertNotNull(GoIP.parseIP("10.1.1.00"));
    }

    @Test
    void ipv4NeedsFourOctetsInRange() {
        assertNull(GoIP.parseIP("10.0.0"));
        assertNull(GoIP.parseIP("10.0.0.256"));
        assertNull(GoIP.parseIP("10.0.0.1.2"));
        assertNull(GoIP.parseIP("10.0.0.1 "));
    }

    @Test
    void ipv6FormsAsGoParsesThem() {
        assertNotNull(GoIP.parseIP("::"));
        assertNotNull(GoIP.parseIP("fd00::1"));
        assertNotNull(GoIP.parseIP("2001:db8:0:0:0:0:0:ffff"));
        assertNotNull(GoIP.parseIP("::ffff:10.0.0.1"));
        assertNull(GoIP.parseIP("fd00::1::2"));
        assertNull(GoIP.parseIP("1:2:3:4:5:6:7:8:9"));
        assertNull(GoIP.parseIP("fe80::1%eth0"));
        assertNull(GoIP.parseIP("12345::1"));
    }

    @Test
    void ipv4MappedIpv6CountsAsIpv4() {
        assertTrue(GoIP.isIPv4(GoIP.parseIP("::ffff:127.0.0.1")));
        assertTrue(GoIP.isLoopback(GoIP.parseIP("::ffff:127.0.0.1")));
        assertFalse(GoIP.isIPv6String("::ffff:127.0.0.1"));
    }

    @Test
    void specialRangesAreRecognised() {
        assertTrue(GoIP.isLoopback(GoIP.parseIP("::1")));
        assertTrue(GoIP.isUnspecified(GoIP.parseIP("::")));
        assertTrue(GoIP.isLinkLocalUnicast(GoIP.parseIP("fe80::1")));
        assertTrue(GoIP.isLinkLocalMulticast(GoIP.parseIP("ff02::1")));
        assertFalse(GoIP.isLinkLocalMulticast(GoIP.parseIP("224.0.1.1")));
    }

    @Test
    void cidrPrefixLengthIsBoundedByTheFamily() {
        assertNotNull(GoIP.parseCIDR("10.0.0.0/8"));
        assertNotNull(GoIP.parseCIDR("10.0.0.1/32"));
        assertNull(GoIP.parseCIDR("10.0.0.0/33"));
        assertNotNull(GoIP.parseCIDR("fd00::/128"));
        assertNull(GoIP.parseCIDR("fd00::/129"));
        assertNull(GoIP.parseCIDR("10.0.0.0"));
        assertNull(GoIP.parseCIDR("10.0.0.0/"));
    }
}
