package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery without a window: a session that leaves its marker behind (killed, crashed) is
 * found at the next start and its text offered; a clean close, or a window still running, is not.
 */
class SessionRecoveryTest {
    @TempDir
    Path data;

    /** What a killed session leaves: its marker (no longer locked by anyone) and its last autosave. */
    private Path crashedSession(String id, String text, Instant savedAt) throws Exception {
        Path dir = Files.createDirectories(data.resolve(SessionRecovery.FOLDER));
        Files.writeString(dir.resolve(id + ".running"), "pid=1\n");
        Path autosave = dir.resolve(id + ".yaml");
        Files.writeString(autosave, text);
        Files.setLastModifiedTime(autosave, FileTime.from(savedAt));
        return autosave;
    }

    @Test
    void aKilledSessionsTextIsFoundAtTheNextStart() throws Exception {
        crashedSession("111-aaaa", "kind: Service # typed before the crash\n", Instant.parse("2025-01-01T10:00:00Z"));
        SessionRecovery r = SessionRecovery.begin(data);
        SessionRecovery.Leftover left = r.offer("starter: text\n").orElseThrow();
        assertEquals("kind: Service # typed before the crash\n", left.text());
        assertEquals(Instant.parse("2025-01-01T10:00:00Z"), left.savedAt());
        r.endCleanly();
    }

    @Test
    void theNewestOfSeveralCrashedSessionsIsOffered() throws Exception {
        crashedSession("1-old", "old: text\n", Instant.parse("2025-01-01T10:00:00Z"));
        crashedSession("2-new", "new: text\n", Instant.parse("2025-01-02T10:00:00Z"));
        SessionRecovery r = SessionRecovery.begin(data);
        assertEquals("new: text\n", r.offer("starter: text\n").orElseThrow().text());
        r.settle(true);
        try (Stream<Path> files = Files.list(data.resolve(SessionRecovery.FOLDER))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".running"))
                    .filter(p -> !p.equals(r.autosaveFile())).count(), "only this session's marker is left");
        }
        r.endCleanly();
    }

    @Test
    void aCleanCloseLeavesNothingToOfferButKeepsTheTextAsTheLastSession() throws Exception {
        SessionRecovery first = SessionRecovery.begin(data);
        Files.writeString(first.autosaveFile(), "my: work\n");
        first.endCleanly();
        SessionRecovery next = SessionRecovery.begin(data);
        assertTrue(next.leftovers().isEmpty());
        assertEquals("my: work\n", Files.readString(data.resolve(SessionRecovery.FOLDER).resolve(SessionRecovery.LAST_SESSION)));
        next.endCleanly();
    }

    @Test
    void anotherWindowStillRunningIsNotTakenForACrash() throws Exception {
        SessionRecovery running = SessionRecovery.begin(data);
        Files.writeString(running.autosaveFile(), "the other window's text\n");
        SessionRecovery second = SessionRecovery.begin(data);
        assertTrue(second.leftovers().isEmpty());
        second.settle(false);
        assertEquals("the other window's text\n", Files.readString(running.autosaveFile()), "left alone");
        second.endCleanly();
        running.endCleanly();
    }

    @Test
    void aDeclinedTextIsKeptAsDiscardedAndNotOfferedAgain() throws Exception {
        crashedSession("9-x", "keep: me\n", Instant.parse("2025-01-01T10:00:00Z"));
        SessionRecovery r = SessionRecovery.begin(data);
        r.offer("starter: text\n");
        r.settle(false);
        assertEquals("keep: me\n", Files.readString(data.resolve(SessionRecovery.FOLDER).resolve(SessionRecovery.DISCARDED)));
        r.endCleanly();
        SessionRecovery again = SessionRecovery.begin(data);
        assertTrue(again.leftovers().isEmpty());
        again.endCleanly();
    }

    @Test
    void anUnreadableAutosaveIsSetAsideNotOffered() throws Exception {
        Path bad = crashedSession("5-bad", "", Instant.now());
        Files.write(bad, new byte[] {(byte) 0xc3, 0x28, 0x00});
        SessionRecovery r = SessionRecovery.begin(data);
        assertTrue(r.leftovers().isEmpty());
        assertNotNull(r.setAside());
        assertTrue(r.setAside().getFileName().toString().startsWith("5-bad.yaml.corrupt-"), r.setAside().toString());
        assertFalse(Files.exists(bad));
        r.endCleanly();
    }

    @Test
    void aCrashRightAfterAnUnansweredOfferDoesNotHideTheWorkBeforeIt() throws Exception {
        crashedSession("1-work", "my: work\n", Instant.parse("2025-01-01T10:00:00Z"));
        crashedSession("2-again", "starter: text\n", Instant.parse("2025-01-01T10:05:00Z"));
        SessionRecovery r = SessionRecovery.begin(data);
        assertEquals("my: work\n", r.offer("starter: text\n").orElseThrow().text());
        r.endCleanly();
    }

    @Test
    void onlyATextThatDiffersFromWhatWouldOpenIsWorthAQuestion() {
        assertTrue(SessionRecovery.worthOffering("kind: Service\n", "starter: text\n"));
        assertFalse(SessionRecovery.worthOffering("starter: text\n", "starter: text\n"));
        assertFalse(SessionRecovery.worthOffering("starter: text", "starter: text\n\n"));
        assertFalse(SessionRecovery.worthOffering("   \n", "starter: text\n"));
    }

    @Test
    void aDataFolderThatCannotBeUsedGivesNoRecoveryNotAFailedStart() throws Exception {
        Path file = Files.writeString(data.resolve("not-a-folder"), "x");
        SessionRecovery r = SessionRecovery.begin(file);
        assertTrue(r.leftovers().isEmpty());
        assertFalse(r.problems().isEmpty());
        r.endCleanly();
    }
}
