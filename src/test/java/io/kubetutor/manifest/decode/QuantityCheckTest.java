package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** resource.ParseQuantity's verdicts, which decide whether a Pod body can be decoded. */
class QuantityCheckTest {

    @Test
    void theUsualQuantitiesParse() {
        for (String q : List.of("0", "1", "500m", "0.5", "1.5", "256Mi", "1Gi", "2G", "100k", "1e3", "1E3", "12e-3",
                "+1", "-1", "1.", ".5", "1Ei", "100n", "3u", "7P", "1E", "1e+21")) {
            assertNull(QuantityCheck.problem(q), q);
        }
    }

    @Test
    void aTextOutsideTheGrammarHasTheRegexMessage() {
        for (String q : List.of("", "lots", "1.2.3", "512MB", "1 Gi", "0x10", "1e5x")) {
            assertEquals(QuantityCheck.FORMAT_WRONG, QuantityCheck.problem(q), q);
        }
    }

    @Test
    void aSuffixMadeOfQuantityLettersButUnknownHasTheSuffixMessage() {
        for (String q : List.of("512mi", "1ki", "1Mm", "1kk", "1e", "--1")) {
            assertEquals(QuantityCheck.SUFFIX, QuantityCheck.problem(q), q);
        }
    }

    @Test
    void aLoneSuffixIsZeroUnlessTheSlowPathNeedsDigits() {
        assertNull(QuantityCheck.problem("m"));
        assertEquals(QuantityCheck.NUMERIC, QuantityCheck.problem("e-10"));
    }

    @Test
    void aStringIsTrimmedOfSpacesButNotOfEscapedCharacters() {
        assertNull(QuantityCheck.problemForString(" 250m "));
        assertEquals(QuantityCheck.FORMAT_WRONG, QuantityCheck.problemForString("250m\n"));
    }
}
