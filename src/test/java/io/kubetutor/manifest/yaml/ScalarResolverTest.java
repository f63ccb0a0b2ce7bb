package io.kubetutor.manifest.yaml;

import static io.kubetutor.manifest.yaml.Yaml.root;
import static io.kubetutor.manifest.yaml.Yaml.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.manifest.yaml.YScalar.Tag;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScalarResolverTest {

    @ParameterizedTest
    @ValueSource(strings = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"})
    void yaml11BooleansAreBooleans(String word) {
        assertEquals(Tag.BOOL, ScalarResolver.resolvePlain(word));
        assertEquals(Tag.BOOL, scalar(root("v: " + word + "\n"), "v").tag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yES", "tRUE", "nO", "oN", "Nope", "y!", "TRUE!"})
    void oddlyCasedBooleanWordsStayStrings(String word) {
        assertEquals(Tag.STR, ScalarResolver.resolvePlain(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
    void nullWordsAndNothingAreNull(String word) {
        assertEquals(Tag.NULL, ScalarResolver.resolvePlain(word));
    }

    @Test
    void emptyValueIsNullAtTheColon() {
        assertEquals(new YScalar("", Tag.NULL, Yaml.pos(1, 6)), scalar(root("type:\nb: 1\n"), "type"));
    }

    @ParameterizedTest
    @CsvSource({"80,80", "0x1F,31", "0X1f,31", "0777,511", "0o17,15", "0b101,5", "0B11,3", "+1,1", "-0x10,-16",
            "1_000,1000", "1__0,10", "1_,1", "0,0", "00,0", "-0,0", "0b-101,-5",
            "9223372036854775807,9223372036854775807", "9223372036854775808,9223372036854775808",
            "18446744073709551615,18446744073709551615", "0x10000000000000000,18446744073709551616"})
    void integersFollowGoParseIntWithBasePrefixes(String text, String value) {
        assertEquals(Tag.INT, ScalarResolver.resolvePlain(text), text);
        assertEquals(new BigInteger(value), ScalarResolver.integerValue(text));
    }

    @ParameterizedTest
    @CsvSource({"1.5,1.5", "1e3,1000", "1.5e+3,1500", "-.5,-0.5", "0.,0", ".5,0.5", ".5_0,0.5", "08,8", "0778,778",
            "18446744073709551616,18446744073709551616", "12e3,12000"})
    void floatsFollowGoYamlsFloatRules(String text, double value) {
        assertEquals(Tag.FLOAT, ScalarResolver.resolvePlain(text), text);
        assertEquals(value, ScalarResolver.floatValue(text));
    }

    @Test
    void infinityAndNotANumberWordsAreFloats() {
        assertEquals(Double.POSITIVE_INFINITY, ScalarResolver.floatValue(".inf"));
        assertEquals(Double.POSITIVE_INFINITY, ScalarResolver.floatValue("+.Inf"));
        assertEquals(Double.NEGATIVE_INFINITY, ScalarResolver.floatValue("-.INF"));
        assertTrue(Double.isNaN(ScalarResolver.floatValue(".NaN")));
        assertEquals(Tag.FLOAT, ScalarResolver.resolvePlain(".nan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "0x", "0o", "1.2.3", "2001-12-14", "2001-12-14T21:59:43.10Z", "12:30", "-", "+",
            "._5", "_1", "1e", "0x1.8p1", "Infinity", "inf", "NaN", "nan", "<<", "web", "10.96.0.1", "v1"})
    void otherTextsAreStrings(String text) {
        assertEquals(Tag.STR, ScalarResolver.resolvePlain(text), text);
    }

    @Test
    void integerValueOfNonIntegerIsNull() {
        assertNull(ScalarResolver.integerValue("web"));
        assertNull(ScalarResolver.integerValue(""));
        assertNull(ScalarResolver.floatValue("web"));
    }

    @Test
    void quotedAndBlockScalarsAreAlwaysStrings() {
        YNode r = root("""
                a: "80"
                b: '8080'
                c: "true"
                d: |
                  42
                e: '~'
                f: >-
                  yes
                """);
        for (String k : new String[] {"a", "b", "c", "d", "e", "f"}) {
            assertEquals(Tag.STR, scalar(r, k).tag(), k);
        }
        assertEquals("42\n", scalar(r, "d").text());
        assertEquals("yes", scalar(r, "f").text());
    }

    @Test
    void explicitTagsResolveAsGoYamlDoes() {
        YNode r = root("""
                a: !!str 80
                b: !!int "0x10"
                c: !!float 3
                d: !!bool "yes"
                e: !custom 80
                f: !!binary aGVsbG8=
                """);
        assertEquals(Tag.STR, scalar(r, "a").tag());
        assertEquals(Tag.INT, scalar(r, "b").tag());
        assertEquals(Tag.FLOAT, scalar(r, "c").tag());
        assertEquals(Tag.BOOL, scalar(r, "d").tag());
        assertEquals(Tag.STR, scalar(r, "e").tag());
        assertEquals(new YScalar("hello", Tag.STR, Yaml.pos(6, 4)), scalar(r, "f"));
    }

    @Test
    void tagThatDoesNotFitTheTextIsRefusedWithGoYamlsWords() {
        assertEquals("error converting YAML to JSON: yaml: cannot decode !!str `error` as a !!float",
                Yaml.error("v: !!float 'error'\n").message());
        assertEquals("error converting YAML to JSON: yaml: cannot decode !!str `web` as a !!int",
                Yaml.error("a: 1\nport: !!int web\n").message());
        assertEquals(Yaml.pos(2, 7), Yaml.error("a: 1\nport: !!int web\n").pos());
        assertEquals("error converting YAML to JSON: yaml: !!binary value contains invalid base64 data",
                Yaml.error("a: !!binary ==\n").message());
    }
}
