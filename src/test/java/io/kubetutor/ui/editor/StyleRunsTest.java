package io.kubetutor.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.kubetutor.ui.editor.StyleRuns.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyleRunsTest {
    @Test
    void syntaxSpansAndOverlaysMergeIntoRunsCoveringTheWholeText() {
        String text = "port: 80 # x";
        List<Run> runs = StyleRuns.of(text.length(), YamlTokenizer.tokenize(text),
                List.of(new Overlay(6, 8, "diag-error"), new Overlay(0, 2, "find-match")));
        assertEquals(List.of(
                new Run(2, List.of("yaml-key", "find-match")),
                new Run(2, List.of("yaml-key")),
                new Run(1, List.of("yaml-punctuation")),
                new Run(1, List.of()),
                new Run(2, List.of("yaml-number", "diag-error")),
                new Run(1, List.of()),
                new Run(3, List.of("yaml-comment"))), runs);
        assertEquals(List.of("yaml-number", "diag-error"), StyleRuns.at(runs, 7));
        assertEquals(text.length(), runs.stream().mapToInt(Run::length).sum());
    }

    @Test
    void overlappingOverlaysBothApplyAndEqualNeighboursMerge() {
        List<Run> runs = StyleRuns.of(10, List.of(), List.of(new Overlay(0, 6, "a"), new Overlay(3, 10, "b"),
                new Overlay(20, 30, "outside")));
        assertEquals(List.of(new Run(3, List.of("a")), new Run(3, List.of("a", "b")), new Run(4, List.of("b"))), runs);
    }

    @Test
    void equalClassListsAreSharedNotCopied() {
        List<Run> runs = StyleRuns.of(11, YamlTokenizer.tokenize("a: 1\nb: 2\n"), List.of());
        assertEquals(List.of("yaml-key"), runs.get(5).classes());
        assertSame(runs.get(0).classes(), runs.get(5).classes());
    }

    @Test
    void onlyTheRunsThatDifferAreSetAgain() {
        List<Run> before = StyleRuns.of(9, YamlTokenizer.tokenize("a: 1\nb: 2"), List.of());
        List<Run> after = StyleRuns.of(10, YamlTokenizer.tokenize("a: 1\nb: 22"), List.of());
        StyleWindow w = StyleWindow.between(before, after, new DirtyRange());
        assertEquals(8, w.from());
        assertEquals(List.of(new Run(2, List.of("yaml-number"))), w.runs());
        assertNull(StyleWindow.between(after, after, new DirtyRange()));
    }

    @Test
    void anEditedStretchIsRestyledEvenWhenItsStylesLookTheSame() {
        // "b: 2" became "c: 2": the same runs, but the typed "c" took its neighbour's style in the area.
        List<Run> runs = StyleRuns.of(9, YamlTokenizer.tokenize("a: 1\nc: 2"), List.of());
        DirtyRange dirty = new DirtyRange();
        dirty.edit(5, 1, 1);
        StyleWindow w = StyleWindow.between(runs, runs, dirty);
        assertEquals(5, w.from());
        assertEquals(1, w.length());
    }

    @Test
    void theDirtyRangeFollowsLaterEdits() {
        DirtyRange d = new DirtyRange();
        d.edit(10, 0, 3);          // typed 3 characters at 10: [10, 13)
        d.edit(2, 4, 0);           // deleted 4 before it: [6, 9)
        assertEquals(6, d.from());
        assertEquals(9, d.to());
        d.edit(7, 1, 0);           // deleted inside it: [6, 8)
        assertEquals(8, d.to());
        d.edit(8, 0, 1);
        d.edit(20, 0, 1);          // typed further on: the union
        assertEquals(6, d.from());
        assertEquals(21, d.to());
        DirtyRange deletedOnly = new DirtyRange();
        deletedOnly.edit(3, 2, 0);
        assertEquals(true, deletedOnly.isEmpty());
        d.clear();
        assertEquals(true, d.isEmpty());
    }
}
