package io.kubetutor.manifest.yaml;

import static io.kubetutor.manifest.yaml.Yaml.pos;
import static io.kubetutor.manifest.yaml.Yaml.read;
import static io.kubetutor.manifest.yaml.Yaml.root;
import static io.kubetutor.manifest.yaml.Yaml.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.manifest.yaml.YScalar.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderDocumentsTest {

    @Test
    void errorInTheMiddleDocumentStillYieldsTheOthersWithKubectlsChunkRelativeLine() {
        String text = """
                apiVersion: v1
                kind: Service
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a
                 labels: {}
                ---
                kind: Namespace
                """;
        YamlText t = read(text);
        assertEquals(3, t.documents().size());
        YDocument first = t.documents().get(0);
        YDocument broken = t.documents().get(1);
        YDocument last = t.documents().get(2);
        assertEquals("Service", scalar(first.root(), "kind").text());
        assertEquals(pos(1, 1), first.start());
        assertNull(broken.root());
        assertEquals(pos(4, 1), broken.start());
        // go-yaml's parser errors name the line before the problem, counted from the document's first line
        assertEquals("error converting YAML to JSON: yaml: line 4: did not find expected key", broken.error().message());
        assertEquals(pos(8, 2), broken.error().pos());
        assertEquals("svc.yaml:8:2: error: error converting YAML to JSON: yaml: line 4: did not find expected key",
                broken.error().format());
        assertEquals("Namespace", scalar(last.root(), "kind").text());
        assertEquals(pos(10, 1), last.start());
        assertEquals(List.of(0, 1, 2), t.documents().stream().map(YDocument::index).toList());
        assertTrue(t.hasErrors());
    }

    @Test
    void emptyTextHasNoDocuments() {
        YamlText t = read("");
        assertEquals(List.of(), t.documents());
        assertEquals(List.of(), t.diagnostics());
        assertFalse(t.hasErrors());
    }

    @Test
    void loneSeparatorHasNoDocumentsAsKubectlsReaderReturnsNone() {
        assertEquals(0, read("---").documents().size());
        assertEquals(0, read("---\n").documents().size());
        assertEquals(0, read("---\n---\n").documents().size());
    }

    @Test
    void documentOfCommentsAndBlankLinesIsEmpty() {
        YamlText t = read("# nothing here yet\n\n   \n---\nkind: Service\n");
        assertEquals(2, t.documents().size());
        YDocument empty = t.documents().get(0);
        assertTrue(empty.isEmpty());
        assertNull(empty.root());
        assertNull(empty.error());
        assertEquals("Service", scalar(t.documents().get(1).root(), "kind").text());
    }

    @Test
    void separatorMayCarryOnlyACommentAndSpaces() {
        YamlText t = read("a: 1\n--- # second\nb: 2\n---   \nc: 3\n");
        assertEquals(3, t.documents().size());
        assertEquals(pos(3, 1), t.documents().get(1).start());
        assertEquals("2", scalar(t.documents().get(1).root(), "b").text());
        assertFalse(t.hasErrors());
    }

    @Test
    void contentAfterSeparatorIsRefusedAsKubectlRefusesItLosingTheDocumentBefore() {
        YamlText t = read("a: 1\n--- {b: 2}\nc: 3\n");
        assertEquals(2, t.documents().size());
        YDocument refused = t.documents().get(0);
        assertNull(refused.root());
        assertEquals("invalid Yaml document separator: {b: 2}", refused.error().message());
        assertEquals(pos(2, 5), refused.error().pos());
        // kubectl stops there; the editor still reads what follows
        assertEquals("3", scalar(t.documents().get(1).root(), "c").text());
    }

    @Test
    void anyLineStartingWithThreeDashesIsASeparatorLine() {
        YamlText t = read("a: 1\n---# c\nb: 2\n----\nc: 3\n");
        assertEquals(3, t.documents().size());
        assertNull(t.documents().get(0).error());
        assertEquals("invalid Yaml document separator: -", t.documents().get(1).error().message());
        assertEquals(pos(4, 4), t.documents().get(1).error().pos());
        assertEquals("3", scalar(t.documents().get(2).root(), "c").text());
    }

    @Test
    void documentEndMarkerEndsTheDocumentAndGoYamlIgnoresTheRestOfTheChunk() {
        YamlText t = read("a: 1\n...\nthis is: [never read\n---\nb: 2\n");
        assertEquals(2, t.documents().size());
        assertFalse(t.hasErrors());
        YMap first = (YMap) t.documents().get(0).root();
        assertEquals(1, first.entries().size());
        assertEquals("2", scalar(t.documents().get(1).root(), "b").text());
    }

    @Test
    void documentThatStartsWithAnEndMarkerLacksNodeContentAsInLibyaml() {
        // libyaml starts an implicit document at '...' and then finds no node in it
        assertEquals("error converting YAML to JSON: yaml: did not find expected node content",
                Yaml.error("...\n").message());
        assertEquals("error converting YAML to JSON: yaml: line 1: did not find expected node content",
                Yaml.error("# c\n...\n").message());
    }

    @Test
    void commentsAndTrailingSpacesDoNotChangeValuesOrPositions() {
        YNode r = root("""
                # a Service\s\s\s
                apiVersion: v1   # trailing comment
                kind: Service\s\s\s\s
                metadata:
                  name: web\s\s
                  labels:   # the pods it picks
                    app: web # c
                """);
        assertEquals(new YScalar("v1", Tag.STR, pos(2, 13)), scalar(r, "apiVersion"));
        assertEquals(new YScalar("Service", Tag.STR, pos(3, 7)), scalar(r, "kind"));
        assertEquals(new YScalar("web", Tag.STR, pos(5, 9)), scalar(r, "metadata", "name"));
        assertEquals(new YScalar("web", Tag.STR, pos(7, 10)), scalar(r, "metadata", "labels", "app"));
        assertEquals(pos(4, 1), ((YMap) r).entries().get(2).key().pos());
        assertEquals(pos(5, 3), Yaml.at(r, "metadata").pos());
    }

    @Test
    void flowStyleReadsWithPositions() {
        YNode r = root("spec: {ports: [{port: 80, targetPort: 8080}], selector: {app: web}}\n");
        YMap port = (YMap) Yaml.at(r, "spec", "ports", 0);
        assertEquals(pos(1, 16), port.pos());
        assertEquals(new YScalar("80", Tag.INT, pos(1, 23)), scalar(r, "spec", "ports", 0, "port"));
        assertEquals(new YScalar("8080", Tag.INT, pos(1, 39)), scalar(r, "spec", "ports", 0, "targetPort"));
        assertEquals(new YScalar("web", Tag.STR, pos(1, 63)), scalar(r, "spec", "selector", "app"));
        assertEquals(pos(1, 7), Yaml.at(r, "spec").pos());
    }

    @Test
    void windowsLineEndingsKeepLinesAndColumns() {
        YamlText t = read("a: 1\r\nb: x\r\n---\r\nc: [1,\r\n");
        assertEquals(2, t.documents().size());
        assertEquals(new YScalar("x", Tag.STR, pos(2, 4)), scalar(t.documents().get(0).root(), "b"));
        assertEquals(pos(4, 1), t.documents().get(1).start());
        assertEquals(pos(4, 7), t.documents().get(1).error().pos());
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        YNode r = root("a: \"😀😀\"\nb: 한국\n");
        assertEquals(new YScalar("😀😀", Tag.STR, pos(1, 4)), scalar(r, "a"));
        assertEquals(new YScalar("한국", Tag.STR, pos(2, 4)), scalar(r, "b"));
        assertEquals(pos(1, 5), Yaml.error("a: 😀: b\n").pos());
    }

    @Test
    void lastLineWithoutNewlineReadsLikeOneWith() {
        assertEquals(new YScalar("web", Tag.STR, pos(2, 7)), scalar(root("kind: Service\nname: web"), "name"));
    }

    @Test
    void duplicateAndNonScalarKeysAreKeptForTheDecoder() {
        YMap m = (YMap) root("a: 1\na: 2\n[x, y]: 3\n? {k: v}\n: 4\n");
        assertEquals(4, m.entries().size());
        assertEquals("2", ((YScalar) m.get("a")).text());
        assertTrue(m.entries().get(2).key() instanceof YSeq);
        assertTrue(m.entries().get(3).key() instanceof YMap);
    }
}
