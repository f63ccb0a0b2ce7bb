package io.kubetutor.ui.editor;

import static io.kubetutor.ui.editor.YamlStyle.SCALAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YamlTokenizerTest {

    /** "text:STYLE" for every span, to compare with what a reader sees. */
    private static List<String> tokens(String yaml) {
        List<String> out = new ArrayList<>();
        for (YamlSpan s : YamlTokenizer.tokenize(yaml)) {
            out.add(yaml.substring(s.start(), s.end()) + ":" + s.style());
        }
        return out;
    }

    @Test
    void keysValuesAndPunctuationOfAMappingAreTold() {
        assertEquals(List.of("name:KEY", "::PUNCTUATION", "web:SCALAR"), tokens("name: web"));
        assertEquals(List.of("port:KEY", "::PUNCTUATION", "80:NUMBER"), tokens("  port: 80"));
    }

    @Test
    void plainScalarsAreTypedAsKubernetesReadsThem() {
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "yes:CONSTANT"), tokens("a: yes"));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "null:CONSTANT"), tokens("a: null"));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "0x1F:NUMBER"), tokens("a: 0x1F"));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "1.5e3:NUMBER"), tokens("a: 1.5e3"));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "2001-12-14:SCALAR"), tokens("a: 2001-12-14"));
    }

    @Test
    void quotedNumbersAreStringsSoTheColourShowsTheDifference() {
        assertEquals(List.of("targetPort:KEY", "::PUNCTUATION", "\"80\":STRING"), tokens("targetPort: \"80\""));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "'it''s':STRING"), tokens("a: 'it''s'"));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "\"say \\\"hi\\\"\":STRING"), tokens("a: \"say \\\"hi\\\"\""));
    }

    @Test
    void aQuotedKeyIsAKey() {
        assertEquals(List.of("\"app.kubernetes.io/name\":KEY", "::PUNCTUATION", "web:SCALAR"),
                tokens("\"app.kubernetes.io/name\": web"));
    }

    @Test
    void aColonInsideAValueDoesNotMakeAKey() {
        assertEquals(List.of("image:KEY", "::PUNCTUATION", "nginx:1.27:SCALAR"), tokens("image: nginx:1.27"));
        assertEquals(List.of("url:KEY", "::PUNCTUATION", "http://x/y:SCALAR"), tokens("url: http://x/y"));
    }

    @Test
    void commentsStartAtAHashAfterABlank() {
        assertEquals(List.of("nodePort:KEY", "::PUNCTUATION", "80:NUMBER", "# outside the range:COMMENT"),
                tokens("nodePort: 80   # outside the range"));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "b#c:SCALAR"), tokens("a: b#c"));
        assertEquals(List.of("# whole line:COMMENT"), tokens("# whole line"));
    }

    @Test
    void listDashesDocumentMarkersAndDirectivesAreTold() {
        assertEquals(List.of("%YAML 1.2:DIRECTIVE", "---:DOCUMENT", "-:DASH", "name:KEY", "::PUNCTUATION", "a:SCALAR",
                "-:DASH", "-1:NUMBER", "...:DOCUMENT"), tokens("%YAML 1.2\n---\n- name: a\n- -1\n..."));
    }

    @Test
    void anchorsAliasesAndTagsAreTold() {
        assertEquals(List.of("labels:KEY", "::PUNCTUATION", "&common:ANCHOR", "selector:KEY", "::PUNCTUATION",
                "*common:ALIAS", "port:KEY", "::PUNCTUATION", "!!int:TAG", "\"80\":STRING"),
                tokens("labels: &common\nselector: *common\nport: !!int \"80\""));
    }

    @Test
    void flowCollectionsSplitAtTheirIndicators() {
        assertEquals(List.of("ports:KEY", "::PUNCTUATION", "[:PUNCTUATION", "{:PUNCTUATION", "port:KEY",
                "::PUNCTUATION", "80:NUMBER", ",:PUNCTUATION", "name:KEY", "::PUNCTUATION", "http:SCALAR",
                "}:PUNCTUATION", "]:PUNCTUATION"), tokens("ports: [{port: 80, name: http}]"));
    }

    @Test
    void blockScalarContentIsAStringUntilTheIndentationReturns() {
        String yaml = "command: |\n  echo a: b\n\n  # not a comment\nnext: 1";
        assertEquals(List.of("command:KEY", "::PUNCTUATION", "|:PUNCTUATION", "echo a: b:STRING",
                "# not a comment:STRING", "next:KEY", "::PUNCTUATION", "1:NUMBER"), tokens(yaml));
        assertEquals(List.of("a:KEY", "::PUNCTUATION", ">-:PUNCTUATION", "x:STRING"), tokens("a: >-\n   x"));
    }

    @Test
    void aQuotedScalarMaySpanLines() {
        assertEquals(List.of("a:KEY", "::PUNCTUATION", "\"one:STRING", "two\":STRING", "b:KEY", "::PUNCTUATION",
                "c:SCALAR"), tokens("a: \"one\n   two\"\nb: c"));
    }

    @Test
    void spansAreSortedAndNeverOverlap() {
        String yaml = "a: [b, {c: d}]  # x\n- &x y\n- *x\n\"k\": 'v'\n? q\n: r\n";
        int end = 0;
        for (YamlSpan s : YamlTokenizer.tokenize(yaml)) {
            assertTrue(s.start() >= end, () -> "overlap at " + s);
            assertTrue(s.length() > 0);
            end = s.end();
        }
        assertTrue(end <= yaml.length());
    }

    @Test
    void emptyAndBlankTextsHaveNoSpans() {
        assertEquals(List.of(), YamlTokenizer.tokenize(""));
        assertEquals(List.of(), YamlTokenizer.tokenize("\n\n   \n"));
    }

    @Test
    void anyTextIsColouredWithoutFailingBinaryIncluded() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            char[] chars = new char[random.nextInt(400)];
            String alphabet = "-:#&*!'\"[]{},|>?%. \t\r\nab019\u0000\uFFFF\uD800";
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextBoolean() ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(chars);
            int end = 0;
            for (YamlSpan s : YamlTokenizer.tokenize(text)) {
                assertTrue(s.start() >= end && s.end() <= text.length(), () -> "bad span " + s + " in " + text);
                end = s.end();
            }
        }
    }

    @Test
    void hugeAndDeeplyNestedTextsTakeLinearTime() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            big.append("  - name: item-").append(i).append("  # comment\n");
        }
        String deep = "a: " + "[".repeat(50_000) + "]".repeat(50_000);
        String longLine = "a: " + "x ".repeat(500_000);
        String longNumber = "a: " + "9".repeat(200_000);
        // A hang guard only: a quadratic pass over these would take minutes.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(500_000, YamlTokenizer.tokenize(big).size());
            assertFalse(YamlTokenizer.tokenize(deep).isEmpty());
            assertEquals(3, YamlTokenizer.tokenize(longLine).size());
            assertEquals(SCALAR, YamlTokenizer.tokenize(longNumber).get(2).style());
        });
    }

    @Test
    void everyStyleHasItsOwnCssClass() {
        java.util.Set<String> classes = new java.util.HashSet<>();
        for (YamlStyle s : YamlStyle.values()) {
            assertTrue(s.styleClass().startsWith("yaml-"));
            assertTrue(classes.add(s.styleClass()), s::styleClass);
        }
    }
}
