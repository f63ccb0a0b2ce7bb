package io.kubetutor.manifest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The apimachinery format checks (the sloppy Go IP parser itself is tested in model.GoIPTest). */
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
    void goTrimSpaceAlsoTrimsNonBreakingSpace() {
        assertEquals("10.0.0.0/8", IPValidation.trimSpace("\u00a010.0.0.0/8\t"));
    }
}
