package io.kubetutor.manifest.yaml;

import static io.kubetutor.manifest.yaml.Yaml.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Diagnostic;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile input is refused with a located message naming the limit; the timeouts only guard against hangs. */
class YamlLimitsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static YamlText read(String text) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> Yaml.read(text));
    }

    private static Diagnostic documentError(String text) {
        YamlText t = read(text);
        assertEquals(1, t.documents().size());
        assertNull(t.documents().get(0).root());
        return t.documents().get(0).error();
    }

    @Test
    void textOverThreeMebibytesIsRefusedBeforeParsing() {
        YamlText t = read("data: |\n" + "  x\n".repeat(1_310_720)); // 5 MiB
        assertEquals(0, t.documents().size());
        assertEquals(1, t.diagnostics().size());
        Diagnostic d = t.diagnostics().get(0);
        assertEquals(pos(1, 1), d.pos());
        assertEquals("text refused: it is larger than 3,145,728 bytes (3 MiB), the kube-apiserver's own limit on a "
                + "request body, so nothing this large could be applied to a real cluster", d.message());
    }

    @Test
    void sizeLimitCountsUtf8BytesNotCharacters() {
        ReadLimits tenBytes = new ReadLimits(10, 100, 1000, 10, 10, 100);
        assertEquals(1, YamlReader.read("f", "a: 1234567", tenBytes).documents().size()); // exactly 10 bytes
        assertEquals(1, YamlReader.read("f", "a: 12345678", tenBytes).diagnostics().size());
        assertEquals(1, YamlReader.read("f", "a: 한국", tenBytes).documents().size()); // 3 + 6 bytes
        assertEquals(1, YamlReader.read("f", "a: 한국어", tenBytes).diagnostics().size()); // 3 + 9 bytes
    }

    @Test
    void textOfTooManyDocumentsIsRefusedAtTheFirstOneOverTheLimit() {
        YamlText t = read("a: 1\n---\n".repeat(20_001));
        assertEquals(0, t.documents().size());
        Diagnostic d = t.diagnostics().get(0);
        assertEquals(pos(40_001, 1), d.pos());
        assertEquals("text refused: it holds more than 20,000 YAML documents (the limit); a whole Helm chart rendered "
                + "into one file holds a few hundred, and the limit keeps a hostile file from keeping the reader busy",
                d.message());
        assertEquals(20_000, read("a: 1\n---\n".repeat(20_000)).documents().size());
    }

    @Test
    void tenThousandDeepBlockNestingIsRefusedAtTheLimit() {
        Diagnostic e = documentError("- ".repeat(10_000) + "x\n");
        assertEquals(pos(1, 201), e.pos()); // the 101st sequence
        assertEquals("document refused: mappings and sequences nest more than 100 levels deep here (the limit); "
                + "real manifests stay under about 20, and the limit keeps a hostile file from exhausting the reader",
                e.message());
    }

    @Test
    void tenThousandDeepFlowNestingIsRefusedAtTheLimit() {
        assertEquals(pos(1, 101), documentError("[".repeat(10_000) + "]".repeat(10_000) + "\n").pos());
        assertEquals(pos(1, 401), documentError("{a: ".repeat(10_000) + "}".repeat(10_000) + "\n").pos());
    }

    @Test
    void deepIndentationIsRefusedAtTheLimit() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            b.append(" ".repeat(i)).append("k:\n");
        }
        assertEquals(pos(101, 101), documentError(b.toString()).pos());
    }

    @Test
    void nestingExactlyAtTheLimitIsAccepted() {
        YamlText t = read("[".repeat(100) + "]".repeat(100) + "\n");
        assertNull(t.documents().get(0).error());
    }

    @Test
    void aliasThatWouldNestTooDeepIsRefused() {
        String deep = "a: &a " + "[".repeat(60) + "]".repeat(60) + "\nb: " + "[".repeat(50) + "*a" + "]".repeat(50) + "\n";
        Diagnostic e = documentError(deep);
        assertEquals(pos(2, 54), e.pos());
        assertTrue(e.message().startsWith("document refused: mappings and sequences nest more than 100 levels"));
    }

    @Test
    void billionLaughsIsRefusedAtTheAliasThatPassesTheNodeLimit() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i > 0 ? "," : "").append('*').append((char) (c - 1));
            }
            b.append("]\n");
        }
        Diagnostic e = documentError(b.toString());
        // a..e expand to 74,740 nodes; f's third *e passes 250,000
        assertEquals(pos(6, 14), e.pos());
        assertEquals("document refused: it expands to more than 250,000 nodes (the limit, aliases counted in full); "
                + "real manifests stay far below that, and the limit stops alias bombs (\"billion laughs\") from "
                + "exhausting memory", e.message());
    }

    @Test
    void tooManyAliasesToCollectionsAreRefused() {
        StringBuilder b = new StringBuilder("base: &b {x: 1}\nuses:\n");
        for (int i = 0; i < 1_001; i++) {
            b.append("- *b\n");
        }
        Diagnostic e = documentError(b.toString());
        assertEquals(pos(1_003, 3), e.pos());
        assertTrue(e.message().startsWith("document refused: it uses more than 1,000 aliases to mappings or sequences"));
    }

    @Test
    void recursiveAliasIsRefusedWithGoYamlsWords() {
        Diagnostic e = documentError("a: &x\n  b: *x\n");
        assertEquals("error converting YAML to JSON: yaml: anchor 'x' value contains itself", e.message());
        assertEquals(pos(2, 6), e.pos());
        assertEquals("error converting YAML to JSON: yaml: anchor 'x' value contains itself",
                documentError("a: &x [1, *x]\n").message());
    }

    @Test
    void binaryDataIsRefusedAtItsFirstNulCharacter() {
        YamlText t = read("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR");
        assertEquals(0, t.documents().size());
        Diagnostic d = t.diagnostics().get(0);
        assertEquals(pos(3, 1), d.pos());
        assertEquals("binary data refused: a NUL character at line 3, column 1 shows this is not a text file; "
                + "kubectl refuses it too (error converting YAML to JSON: yaml: control characters are not allowed)",
                d.message());
    }

    @Test
    void largeButLegitimateDocumentIsRead() {
        StringBuilder b = new StringBuilder("apiVersion: v1\nkind: ConfigMap\ndata:\n");
        for (int i = 0; i < 40_000; i++) {
            b.append("  key").append(i).append(": value ").append(i).append('\n');
        }
        YamlText t = read(b.toString());
        assertNull(t.documents().get(0).error());
        assertEquals(40_000, ((YMap) Yaml.at(t.documents().get(0).root(), "data")).entries().size());
    }
}
