package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer thread: the latest text ends up in the file, whole, and a failing disk is reported once. */
class AutosaverTest {
    @TempDir
    Path dir;

    @Test
    void theLatestTextIsOnDiskAfterAFlushWithNoTemporaryFileLeft() throws Exception {
        Path file = dir.resolve("autosave/s.yaml");
        List<IOException> failures = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Autosaver a = new Autosaver(file, clock::get, failures::add)) {
                a.edited("a");
                a.edited("ab");
                a.edited("abc: 한글");
                a.flush();
                assertEquals("abc: 한글", Files.readString(file));
                a.edited("abc: 한글\nmore");
            }
        });
        assertEquals("abc: 한글\nmore", Files.readString(file), "closing writes what waited");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aFailingWriteIsReportedOnceUntilAWriteWorksAgain() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the autosave folder should be");
        List<IOException> failures = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Autosaver a = new Autosaver(blocker.resolve("s.yaml"), () -> 0, failures::add)) {
                a.edited("one");
                a.flush();
                a.edited("two");
                a.flush();
            }
        });
        assertEquals(1, failures.size());
        assertFalse(Files.isDirectory(blocker));
    }

    @Test
    void anEditAfterCloseIsIgnoredNotAnError() throws Exception {
        Path file = dir.resolve("s.yaml");
        Autosaver a = new Autosaver(file, () -> 0, e -> { });
        a.close();
        a.edited("late");
        a.flush();
        assertTrue(!Files.exists(file));
    }
}
