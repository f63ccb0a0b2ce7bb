package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcut sheet's columns: sections kept whole and in order, the tallest column as short as can be. */
class ShortcutColumnsTest {
    private static ShortcutColumns.Section section(String title, int rows) {
        return new ShortcutColumns.Section(title, Collections.nCopies(rows, new ShortcutColumns.Row("k", "a")));
    }

    private static List<Integer> heights(List<List<ShortcutColumns.Section>> columns) {
        List<Integer> out = new ArrayList<>();
        for (List<ShortcutColumns.Section> c : columns) {
            out.add(c.stream().mapToInt(ShortcutColumns.Section::height).sum());
        }
        return out;
    }

    @Test
    void sectionsStayWholeInOrderAndTheColumnsComeOutEven() {
        List<ShortcutColumns.Section> s = List.of(section("File", 5), section("Edit", 4), section("View", 7),
                section("Cluster", 1), section("Traffic", 1), section("Playback", 6), section("Help", 1),
                section("Keys", 5), section("Editor", 7));
        List<List<ShortcutColumns.Section>> cols = ShortcutColumns.split(s, 3);
        assertEquals(3, cols.size());
        assertEquals(s, cols.stream().flatMap(List::stream).toList());
        // heights 7 6 9 3 3 8 3 7 9 (55): the first three sections make 22, and every cut that
        // splits them leaves a later column taller than that
        assertEquals(22, Collections.max(heights(cols)));
    }

    @Test
    void fewerSectionsThanColumnsGiveOneColumnEach() {
        List<ShortcutColumns.Section> s = List.of(section("A", 2), section("B", 3));
        assertEquals(List.of(List.of(s.get(0)), List.of(s.get(1))), ShortcutColumns.split(s, 3));
        assertEquals(List.of(), ShortcutColumns.split(List.of(), 3));
    }

    @Test
    void oneTallSectionIsNotCut() {
        List<ShortcutColumns.Section> s = List.of(section("Tall", 30), section("B", 1), section("C", 1));
        assertEquals(List.of(32), heights(ShortcutColumns.split(s, 3)).subList(0, 1));
    }
}
