package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubetutor.model.Service;
import io.kubetutor.model.SourcePos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kubectl's YAML-to-JSON step: numbers as Go writes them, keys as strings, sorted. */
class YamlToJsonTest {

    @Test
    void integersArriveInDecimalWhateverTheirYamlForm() {
        assertEquals("80", GoNumbers.intLiteral("0x50"));
        assertEquals("15", GoNumbers.intLiteral("017"));
        assertEquals("15", GoNumbers.intLiteral("0o17"));
        assertEquals("5", GoNumbers.intLiteral("0b101"));
        assertEquals("-31", GoNumbers.intLiteral("-0x1F"));
        assertEquals("1000000", GoNumbers.intLiteral("1_000_000"));
        assertEquals("90", GoNumbers.intLiteral("1:30"));
        assertEquals("18446744073709551615", GoNumbers.intLiteral("18446744073709551615"));
        assertNull(GoNumbers.intLiteral("http"));
    }

    @Test
    void integersBeyondUint64BecomeFloatsAsGoYamlFallsBack() {
        assertEquals("1.2345678901234569e+23", GoNumbers.intLiteral("123456789012345678901234"));
    }

    @Test
    void floatsAreWrittenAsGosEncodingJsonWritesThem() {
        assertEquals("8080", GoNumbers.floatLiteral("8080.0"));
        assertEquals("1.5", GoNumbers.floatLiteral("1.50"));
        assertEquals("1000", GoNumbers.floatLiteral("1e3"));
        assertEquals("0.000001", GoNumbers.floatLiteral("1e-6"));
        assertEquals("1e-7", GoNumbers.floatLiteral("1e-7"));
        assertEquals("1e+21", GoNumbers.floatLiteral("1e21"));
        assertEquals("100000000000000000000", GoNumbers.floatLiteral("1e20"));
        assertEquals("-0", GoNumbers.floatLiteral("-0.0"));
        assertEquals("0.1", GoNumbers.floatLiteral(".1"));
        // Shortest round-trip digits (checked against Python's repr, which uses the same rule as Go).
        assertEquals("0.30000000000000004", GoNumbers.jsonFloat(0.1 + 0.2));
        assertEquals("282879384806159000", GoNumbers.jsonFloat(2.82879384806159e17));
        assertEquals("5e-324", GoNumbers.jsonFloat(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", GoNumbers.jsonFloat(Double.MAX_VALUE));
        assertNull(GoNumbers.floatLiteral(".inf"));
        assertNull(GoNumbers.floatLiteral("-.Inf"));
        assertNull(GoNumbers.floatLiteral(".NaN"));
    }

    @Test
    void yamlBooleansIncludeTheYamlOneOneWords() {
        for (String t : List.of("true", "True", "yes", "Yes", "on", "ON", "y")) {
            assertEquals(true, GoNumbers.boolValue(t), t);
        }
        for (String t : List.of("false", "no", "off", "n", "NO")) {
            assertEquals(false, GoNumbers.boolValue(t), t);
        }
    }

    @Test
    void floatKeysUseGoYamlsShortFloatText() {
        assertEquals("1.5", GoNumbers.floatKey(1.5));
        assertEquals("100000", GoNumbers.floatKey(1e5));
        assertEquals("1e+06", GoNumbers.floatKey(1e6));
        assertEquals("0.0001", GoNumbers.floatKey(1e-4));
        assertEquals("1e-05", GoNumbers.floatKey(1e-5));
    }

    @Test
    void numberAndBoolKeysBecomeTheirText() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels:
                    8080: port
                    yes: canary
                    1.5: v
                """);
        assertEquals(List.of(), r.diagnostics());
        assertEquals(Map.of("8080", "port", "true", "canary", "1.5", "v"), ((Service) r.object()).metadata().labels());
    }

    @Test
    void labelsKeepTheOrderTheyWereWrittenIn() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels: {zone: a, app: web, tier: front}
                """);
        assertEquals(List.of("zone", "app", "tier"),
                List.copyOf(((Service) r.object()).metadata().labels().keySet()));
    }

    @Test
    void aRepeatedLabelKeepsItsFirstPlaceAndItsLastValue() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels: {zone: a, app: web, zone: b, tier: front}
                """);
        Map<String, String> labels = ((Service) r.object()).metadata().labels();
        assertEquals(List.of("zone", "app", "tier"), List.copyOf(labels.keySet()));
        assertEquals("b", labels.get("zone"));
    }

    @Test
    void aNullOrStructuredKeyCannotBecomeJsonAndIsRefusedAtTheKey() {
        DecodeResult r = TestYaml.decode("apiVersion: v1\nkind: Service\nmetadata:\n  ~: x\n");
        assertNull(r.object());
        assertEquals(new SourcePos(4, 3), r.diagnostics().get(0).pos());
        DecodeResult seqKey = TestYaml.decode("apiVersion: v1\nkind: Service\n? [a, b]\n: x\n");
        assertNull(seqKey.object());
        assertEquals(new SourcePos(3, 3), seqKey.diagnostics().get(0).pos());
    }

    @Test
    void keysAreSortedByTheirBytesAsGoSortsThem() {
        assertEquals(-1, Integer.signum(io.kubetutor.model.GoValues.STRING_ORDER.compare("Zeta", "alpha")));
        assertEquals(-1, Integer.signum(io.kubetutor.model.GoValues.STRING_ORDER.compare("a", "ab")));
        // U+FF21 (a BMP letter) sorts before U+1F600 in UTF-8, although its UTF-16 unit is larger.
        assertEquals(-1, Integer.signum(io.kubetutor.model.GoValues.STRING_ORDER.compare("\uFF21", "\uD83D\uDE00")));
    }
}
