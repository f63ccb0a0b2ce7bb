package io.kubetutor.manifest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The apimachinery format checks and the sloppy Go IP parser they rest on. */
class FormatsAndAddressesTest {

    @Test
    void regexErrorPutsTwoSpacesBeforeEachOr() {
        assertEquals("m (e.g. 'a',  or 'b',  or 'c', regex used for validation is 'x')",
                Formats.regexError("m", "x", "a", "b", "c"));
        assertEquals("m (regex used for validation is 'x')", Formats.regexError("m", "x"));
    }

    @Test
    void dns1123LabelReportsLengthAndShapeSeparately() {
        List<String> errs = Formats.isDns1123Label("A".repeat(64));
        assertEquals(2, errs.size());
        assertEquals("must be no more than 63 characters", errs.get(0));
    }

    @Test
    void lengthIsCountedInUtf8BytesAsGoDoes() {
        // 32 two-byte characters are 64 bytes: too long for a label, although only 32 Java chars.
        assertEquals("must be no more than 63 characters", Formats.isValidLabelValue("é".repeat(32)).get(0));
    }

    @Test
    void qualifiedNameWithEmptyPrefixSaysSo() {
        assertEquals("prefix part must be non-empty", Formats.isQualifiedName("/app").get(0));
    }

    @Test
    void qualifiedNameWithBadPrefixPrefixesTheSubdomainMessage() {
        assertTrue(Formats.isQualifiedName("Example.com/app").get(0).startsWith("prefix part a lowercase RFC 1123 subdomain"));
    }

    @Test
    void portNameRulesEachAddTheirMessage() {
        assertEquals(List.of("must not contain consecutive hyphens"), Formats.isValidPortName("a--b"));
        assertEquals(List.of("must contain at least one letter (a-z)"), Formats.isValidPortName("1234"));
        assertEquals(List.of(), Formats.isValidPortName("http-alt"));
    }

    @Test
    void sloppyParserAcceptsLeadingZerosInIpv4() {
        byte[] ip = GoIP.parseIP("010.001.1.1");
        assertNotNull(ip);
        assertEquals(10, ip[12]);
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

    @Test
    void goTrimSpaceAlsoTrimsNonBreakingSpace() {
        assertEquals("10.0.0.0/8", IPValidation.trimSpace("\u00a010.0.0.0/8\t"));
    }
}
