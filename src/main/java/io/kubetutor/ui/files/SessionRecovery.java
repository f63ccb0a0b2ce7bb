package io.kubetutor.ui.files;

import io.kubetutor.ui.shell.SetAside;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the last session ended cleanly, and what it left if it did not. Each running window has
 * a marker file in the autosave folder, locked while it runs, and its own autosave beside it
 * ({@code ID.running}, {@code ID.yaml}); a clean close removes the marker. The operating system
 * drops a dead process's lock, so at the next start a marker that can be locked belongs to a
 * session that crashed or was killed, and its autosave is offered back; a marker still locked
 * belongs to another window that is running, whose work is left alone. After a clean close the
 * text stays in {@code last-session.yaml}, and a declined restore in {@code discarded.yaml}, for a
 * learner who changes their mind.
 */
public final class SessionRecovery {
    public static final String FOLDER = "autosave";
    static final String MARKER = ".running";
    static final String TEXT = ".yaml";
    public static final String LAST_SESSION = "last-session.yaml";
    public static final String DISCARDED = "discarded.yaml";
    /** Larger autosaves are not read back: the editor opens files up to this size. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** A crashed session's text, and when it was last saved. */
    public record Leftover(Path file, String text, Instant savedAt) {
    }

    private final Path dir;
    private final String id;
    private final List<String> crashed;
    private final List<Leftover> leftovers;
    private final List<String> problems = new ArrayList<>();
    private final Path setAside;
    private Leftover offered;
    private FileChannel markerChannel;
    private FileLock markerLock;

    private SessionRecovery(Path dir, String id, List<String> crashed, List<Leftover> leftovers, Path setAside) {
        this.dir = dir;
        this.id = id;
        this.crashed = crashed;
        this.leftovers = leftovers;
        this.setAside = setAside;
    }

    /**
     * Looks for sessions that did not end cleanly in {@code dataDir}'s autosave folder, then marks
     * this one as running. Never throws: without a usable folder the window runs without recovery.
     */
    public static SessionRecovery begin(Path dataDir) {
        Path dir = dataDir.resolve(FOLDER);
        String id = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> crashed = new ArrayList<>();
        List<Leftover> leftovers = new ArrayList<>();
        Path setAside = null;
        try {
            Files.createDirectories(dir);
            for (Path marker : list(dir, "*" + MARKER)) {
                String other = name(marker, MARKER);
                if (!stillRunning(marker)) {
                    crashed.add(other);
                }
            }
            for (String other : crashed) {
                Path text = dir.resolve(other + TEXT);
                if (!Files.isRegularFile(text)) {
                    continue;
                }
                String read = readUtf8(text);
                if (read == null) {
                    setAside = SetAside.file(text, LocalDateTime.now());
                    continue;
                }
                leftovers.add(new Leftover(text, read, Files.getLastModifiedTime(text).toInstant()));
            }
        } catch (IOException e) {
            SessionRecovery none = new SessionRecovery(dir, id, new ArrayList<>(), List.of(), null);
            none.problems.add(e.toString());
            return none;
        }
        leftovers.sort(Comparator.comparing(Leftover::savedAt).reversed());
        SessionRecovery r = new SessionRecovery(dir, id, crashed, leftovers, setAside);
        r.markRunning();
        return r;
    }

    /**
     * The newest text a session that did not end cleanly left, among those {@link #worthOffering}
     * when the window would open {@code wouldOpen}; it is the one {@link #settle} keeps if declined.
     * (A session that crashed again at once, before its learner answered, left the starter example,
     * and must not hide the work of the crash before it.)
     */
    public Optional<Leftover> offer(String wouldOpen) {
        offered = leftovers.stream().filter(l -> worthOffering(l.text(), wouldOpen)).findFirst().orElse(null);
        return Optional.ofNullable(offered);
    }

    /** Every text left by sessions that did not end cleanly, newest first. */
    public List<Leftover> leftovers() {
        return List.copyOf(leftovers);
    }

    /** An autosave that could not be read and was moved aside at the start, or null. */
    public Path setAside() {
        return setAside;
    }

    /** What went wrong with the autosave folder itself (the window then runs without recovery). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Where this session's autosave goes. */
    public Path autosaveFile() {
        return dir.resolve(id + TEXT);
    }

    /**
     * Whether a leftover text is worth a question: not when it is empty, nor when it is what the
     * window would open anyway (a crash right after the start leaves the starter example).
     */
    public static boolean worthOffering(String saved, String wouldOpen) {
        return !saved.isBlank() && !saved.strip().equals(wouldOpen.strip());
    }

    /**
     * The learner answered (or there was nothing worth asking): the crashed sessions' files go.
     * An offered text not {@code restored} is kept as {@value #DISCARDED}, the last chance to get it back.
     */
    public void settle(boolean restored) {
        if (offered != null && !restored) {
            move(offered.file(), dir.resolve(DISCARDED));
        }
        for (String other : crashed) {
            delete(dir.resolve(other + TEXT));
            delete(dir.resolve(other + MARKER));
        }
        crashed.clear();
        leftovers.clear();
        offered = null;
    }

    /** The window closed normally: its text is kept as {@value #LAST_SESSION} and its marker goes. */
    public void endCleanly() {
        if (Files.isRegularFile(autosaveFile())) {
            move(autosaveFile(), dir.resolve(LAST_SESSION));
        }
        try {
            if (markerLock != null) {
                markerLock.release();
            }
            if (markerChannel != null) {
                markerChannel.close();
            }
        } catch (IOException e) {
            // deleted below all the same
        }
        markerLock = null;
        markerChannel = null;
        delete(dir.resolve(id + MARKER));
    }

    private void markRunning() {
        Path marker = dir.resolve(id + MARKER);
        try {
            markerChannel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            markerLock = markerChannel.tryLock();
            markerChannel.write(ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid() + "\nstarted="
                    + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
            markerChannel.force(true);
        } catch (IOException e) {
            problems.add("the session marker " + marker + " could not be written: " + e.getMessage());
        }
    }

    /** Whether another live process (or this one) holds the marker's lock. */
    private static boolean stillRunning(Path marker) {
        try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // a window of this very process
        } catch (IOException e) {
            return true; // cannot tell: leave it alone rather than take another window's work
        }
    }

    /** The file's text when it is UTF-8 and not too large, else null. */
    private static String readUtf8(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<Path> list(Path dir, String glob) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            files.forEach(out::add);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String name(Path file, String suffix) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - suffix.length());
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // it stays where it is: a file kept twice is better than one lost
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind: the next start tries again
        }
    }
}
