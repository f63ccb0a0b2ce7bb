package io.kubetutor.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the whole reading pipeline: never an exception, always one located, plain
 * message. (How fast each is refused is measured by HostileInputBenchmark; the timeout here only
 * guards against a hang.)
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static Diagnostic onlyError(String text) {
        LoadedManifests loaded = assertTimeoutPreemptively(HANG_GUARD, () -> ManifestLoader.load("in.yaml", text));
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), () -> loaded.diagnostics().toString());
        assertEquals(List.of(), loaded.objects());
        return errors.get(0);
    }

    @Test
    void emptyTextAndALoneSeparatorHoldNoObjectsAndNoErrors() {
        for (String text : new String[] {"", "---\n", "# just a comment\n", "---\n---\n"}) {
            LoadedManifests loaded = ManifestLoader.load("in.yaml", text);
            assertEquals(List.of(), loaded.objects());
            assertEquals(List.of(), loaded.diagnostics());
        }
    }

    @Test
    void aScalarWhereAnObjectIsExpectedIsRefusedAsKubectlDoes() {
        Diagnostic d = onlyError("just some words\n");
        assertEquals(new SourcePos(1, 1), d.pos());
        assertTrue(d.message().startsWith("error validating \"in.yaml\": error validating data: invalid object"));
    }

    @Test
    void aScalarWhereAMapIsExpectedNamesTheGoTypes() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: Service\nmetadata: web\n");
        assertEquals(new SourcePos(3, 11), d.pos());
        assertTrue(d.message().endsWith("json: cannot unmarshal string into Go struct field Service.metadata "
                + "of type v1.ObjectMeta"), d.message());
    }

    @Test
    void aListWhereAStringIsExpectedNamesTheField() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: Service\nmetadata:\n  name: [a, b]\n");
        assertEquals(new SourcePos(4, 9), d.pos());
        assertTrue(d.message().endsWith("json: cannot unmarshal array into Go struct field "
                + "ObjectMeta.metadata.name of type string"), d.message());
    }

    @Test
    void aTextOverTheApiServersRequestLimitIsRefusedBeforeParsing() {
        String line = "  k: \"" + "x".repeat(90) + "\"\n";
        String text = "apiVersion: v1\nkind: ConfigMap\ndata:\n" + line.repeat(5 * 1024 * 1024 / line.length());
        Diagnostic d = onlyError(text);
        assertTrue(d.message().contains("larger than 3,145,728 bytes"), d.message());
    }

    @Test
    void aDocumentNestedTenThousandDeepIsRefusedWithoutExhaustingTheStack() {
        String text = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        Diagnostic d = onlyError(text);
        assertEquals(1, d.pos().line());
        assertTrue(d.message().contains("nest more than 100 levels"), d.message());
        String block = "apiVersion: v1\nkind: ConfigMap\ndata:\n" + "- ".repeat(10_000) + "x\n";
        assertTrue(onlyError(block).message().contains("nest more than 100 levels"));
    }

    @Test
    void anAliasBombIsRefusedBeforeItExpands() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String prev = "*" + (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [").append(String.join(",", List.of(prev, prev, prev,
                    prev, prev, prev, prev, prev, prev))).append("]\n");
        }
        Diagnostic d = onlyError(b.toString());
        assertTrue(d.message().contains("alias bombs"), d.message());
    }

    @Test
    void aRecursiveAliasIsRefused() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: ConfigMap\ndata: &d\n  self: *d\n");
        assertTrue(d.pos().line() >= 3, d.toString());
    }

    @Test
    void binaryDataIsRefusedAtTheFirstNul() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: Service\u0000\u0001binary");
        assertEquals(new SourcePos(2, 14), d.pos());
        assertTrue(d.message().startsWith("binary data refused"), d.message());
    }

    @Test
    void aBrokenDocumentDoesNotHideTheOthers() {
        String text = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\nkey: [unclosed\n---\n"
                + "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n";
        LoadedManifests loaded = ManifestLoader.load("in.yaml", text);
        assertEquals(2, loaded.objects().size());
        assertEquals(1, loaded.diagnostics().size());
        assertEquals(6, loaded.diagnostics().get(0).pos().line());
    }

    @Test
    void aSingleLineLongerThanAnyRealValueIsRefusedBeforeParsing() {
        String text = "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: " + "x".repeat(2 * 1024 * 1024) + "\n";
        Diagnostic d = onlyError(text);
        assertEquals(new SourcePos(4, 1024 * 1024 + 1), d.pos());
        assertTrue(d.message().startsWith("text refused: line 4 is longer than 1,048,576 characters"), d.message());
    }
}
