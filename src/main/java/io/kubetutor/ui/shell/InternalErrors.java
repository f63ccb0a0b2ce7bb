package io.kubetutor.ui.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What happens to an exception nobody caught on the FX thread (a bug in the window, or in a
 * library under it): it is written to a log in the user's data folder and the window says so in
 * its status line, instead of a stack trace in a terminal the learner never sees, or a dialog that
 * interrupts a class. The editor's text is untouched and the window keeps running.
 */
public final class InternalErrors implements Thread.UncaughtExceptionHandler {
    /** The log is cut back to nothing when it grows past this, so a loop of failures cannot fill a disk. */
    static final long MAX_LOG_BYTES = 1 << 20;

    private final Path log;
    private final Consumer<Path> tellUser;
    private int count;

    /** {@code tellUser} is called on the failing thread (the FX thread) with the log's path. */
    public InternalErrors(Path log, Consumer<Path> tellUser) {
        this.log = log;
        this.tellUser = tellUser;
    }

    /** Catches what the current thread (the FX thread, when called from start) lets fall. */
    public void installOnCurrentThread() {
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    public int count() {
        return count;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        count++;
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " on " + thread.getName() + "\n" + trace + "\n";
        System.err.print(entry);
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.delete(log);
            }
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The message on stderr is all we can leave; the window still says something went wrong.
        }
        try {
            tellUser.accept(log);
        } catch (RuntimeException e) {
            System.err.println("could not show the internal error in the window: " + e);
        }
    }
}
