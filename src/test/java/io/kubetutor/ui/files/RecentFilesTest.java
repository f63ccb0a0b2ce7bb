package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** File ▸ Open Recent: newest first, each file once, eight at most, missing files dropped. */
class RecentFilesTest {
    private static Path p(String name) {
        return Path.of("/tmp/kt-recent", name);
    }

    @Test
    void theNewestComesFirstAndAReopenedFileMovesUp() {
        RecentFiles r = RecentFiles.NONE.add(p("a.yaml")).add(p("b.yaml")).add(p("a.yaml"));
        assertEquals(List.of(p("a.yaml"), p("b.yaml")), r.paths());
    }

    @Test
    void onlyTheLastEightAreKept() {
        RecentFiles r = RecentFiles.NONE;
        for (int i = 1; i <= 10; i++) {
            r = r.add(p(i + ".yaml"));
        }
        assertEquals(8, r.paths().size());
        assertEquals(p("10.yaml"), r.paths().get(0));
        assertEquals(p("3.yaml"), r.paths().get(7));
    }

    @Test
    void theSettingsValueReadsBack() {
        RecentFiles r = RecentFiles.NONE.add(p("a b.yaml")).add(p("한글.yaml"));
        assertEquals(r, RecentFiles.parse(r.stored()));
        assertEquals(RecentFiles.NONE, RecentFiles.parse(""));
        assertEquals(RecentFiles.NONE, RecentFiles.parse(null));
    }

    @Test
    void missingFilesAreNamedAndDropped() {
        RecentFiles r = RecentFiles.NONE.add(p("gone.yaml")).add(p("here.yaml"));
        assertEquals(List.of(p("gone.yaml")), r.missing(path -> path.endsWith("here.yaml")));
        assertEquals(List.of(p("here.yaml")), r.withoutMissing(path -> path.endsWith("here.yaml")).paths());
        assertEquals(List.of(p("here.yaml")), r.remove(p("gone.yaml")).paths());
    }
}
