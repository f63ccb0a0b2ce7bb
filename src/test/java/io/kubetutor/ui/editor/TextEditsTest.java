package io.kubetutor.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Find, the smallest replacement, and the YAML editing keys, on plain text. */
class TextEditsTest {
    private static String apply(String text, YamlEdits.Edit e) {
        Replacement r = e.replacement();
        return text.substring(0, r.start()) + r.text() + text.substring(r.end());
    }

    @Test
    void findListsEveryOccurrenceIgnoringCaseUnlessAsked() {
        String text = "app: web\nApp: WEB web";
        assertEquals(List.of(new TextSearch.Match(5, 8), new TextSearch.Match(14, 17), new TextSearch.Match(18, 21)),
                TextSearch.find(text, "web", false));
        assertEquals(2, TextSearch.find(text, "web", true).size());
        assertEquals(List.of(), TextSearch.find(text, "", false));
        assertEquals(List.of(new TextSearch.Match(0, 2), new TextSearch.Match(2, 4)), TextSearch.find("aaaa", "aa", true));
    }

    @Test
    void findStepsForwardAndBackWrappingAround() {
        List<TextSearch.Match> m = TextSearch.find("x.x.x", "x", true);
        assertEquals(1, TextSearch.nextIndex(m, 1));
        assertEquals(0, TextSearch.nextIndex(m, 5));
        assertEquals(1, TextSearch.previousIndex(m, 4));
        assertEquals(2, TextSearch.previousIndex(m, 0));
        assertEquals(-1, TextSearch.nextIndex(List.of(), 0));
    }

    @Test
    void findStopsCountingAtItsLimit() {
        assertEquals(TextSearch.MAX_MATCHES, TextSearch.find("a".repeat(TextSearch.MAX_MATCHES + 50), "a", true).size());
    }

    @Test
    void theReplacementBetweenTwoTextsIsOnlyWhatDiffers() {
        assertEquals(new Replacement(10, 11, "5"), Replacement.between("replicas: 3\n", "replicas: 5\n"));
        assertEquals(new Replacement(2, 2, "c"), Replacement.between("abab", "abcab"));
        assertEquals(new Replacement(0, 4, ""), Replacement.between("abcd", ""));
        assertNull(Replacement.between("same", "same"));
        // never half of a surrogate pair
        Replacement r = Replacement.between("x\uD83D\uDE00", "x\uD83D\uDE01");
        assertEquals(1, r.start());
    }

    @Test
    void enterKeepsTheIndentationAndOpensABlockAfterAColon() {
        assertEquals("\n  ", YamlEdits.newline("  name: web", 11));
        assertEquals("\n    ", YamlEdits.newline("  spec:", 7));
        assertEquals("\n    ", YamlEdits.newline("  spec:   # comment", 19));
        assertEquals("\n    ", YamlEdits.newline("  - name: web", 13));
        assertEquals("\n      ", YamlEdits.newline("  - ports:", 10));
        assertEquals("\n    ", YamlEdits.newline("  command: |-", 13));
        assertEquals("\n  ", YamlEdits.newline("  image: \"a:\"", 13));
        assertEquals("\n", YamlEdits.newline("", 0));
    }

    @Test
    void toggleCommentCommentsTheSelectedLinesAtTheirCommonIndentationAndBack() {
        String text = "spec:\n  ports:\n  - port: 80\n\n    name: x\n";
        YamlEdits.Edit on = YamlEdits.toggleComment(text, 6, 30);
        String commented = apply(text, on);
        assertEquals("spec:\n  # ports:\n  # - port: 80\n\n  #   name: x\n", commented);
        YamlEdits.Edit off = YamlEdits.toggleComment(commented, on.anchor(), on.caret());
        assertEquals(text, apply(commented, off));
    }

    @Test
    void toggleCommentOfTheCaretLineKeepsTheCaretOnTheSameCharacter() {
        String text = "a: 1\nb: 2\n";
        YamlEdits.Edit e = YamlEdits.toggleComment(text, 8, 8);
        assertEquals("a: 1\n# b: 2\n", apply(text, e));
        assertEquals(10, e.caret());
    }

    @Test
    void tabIndentsAndShiftTabOutdentsTheSelectedLinesByTwoSpaces() {
        String text = "a:\nb: 1\n c: 2\nd: 3";
        assertEquals(true, YamlEdits.spansLines(text, 3, 10));
        YamlEdits.Edit in = YamlEdits.indent(text, 3, 10);
        assertEquals("a:\n  b: 1\n   c: 2\nd: 3", apply(text, in));
        assertEquals(5, in.anchor());
        YamlEdits.Edit out = YamlEdits.outdent(apply(text, in), in.anchor(), in.caret());
        assertEquals(text, apply(apply(text, in), out));
        assertEquals("a:\nb: 1\nc: 2\nd: 3", apply(text, YamlEdits.outdent(text, 10, 10)));
    }
}
