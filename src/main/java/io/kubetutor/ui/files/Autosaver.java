package io.kubetutor.ui.files;

import io.kubetutor.ui.shell.AtomicWrite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Keeps the editor's text in a file on one background writer thread, when {@link AutosaveTiming}
 * says, each write atomic (temp file, then rename): a crash leaves the old text or the new, never
 * half. The window hands over the text as an immutable string on every change and returns at
 * once; all the rest happens on the writer thread, so a slow disk never stalls a frame.
 */
public final class Autosaver implements AutoCloseable {
    /** How long closing waits for the last write. */
    static final long FLUSH_TIMEOUT_SECONDS = 5;

    private final Path file;
    private final LongSupplier clockMillis;
    private final Consumer<IOException> onFailure;
    private final ScheduledThreadPoolExecutor writer;
    // Touched only on the writer thread:
    private final AutosaveTiming timing = new AutosaveTiming();
    private String pending;
    private String written;
    private ScheduledFuture<?> scheduled;
    private boolean failing;

    /**
     * Saves into {@code file}; {@code onFailure} hears (on the writer thread) of the first failed
     * write after a good one, so the user is told once, not at every key.
     */
    public Autosaver(Path file, Consumer<IOException> onFailure) {
        this(file, () -> System.nanoTime() / 1_000_000, onFailure);
    }

    Autosaver(Path file, LongSupplier clockMillis, Consumer<IOException> onFailure) {
        this.file = file;
        this.clockMillis = clockMillis;
        this.onFailure = onFailure;
        writer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true);
            return t;
        });
        writer.setRemoveOnCancelPolicy(true);
    }

    public Path file() {
        return file;
    }

    /** The text changed to {@code text}; returns at once. */
    public void edited(String text) {
        if (!writer.isShutdown()) {
            writer.execute(() -> note(text));
        }
    }

    /** Writes what waits now and returns when it is on disk (or after a few seconds at most). */
    public void flush() {
        if (writer.isShutdown()) {
            return;
        }
        try {
            writer.submit(this::save).get(FLUSH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The writer thread reported its failure itself; the last good autosave stays.
        }
    }

    /** Writes what waits and stops the writer thread. */
    @Override
    public void close() {
        flush();
        writer.shutdownNow();
    }

    private void note(String text) {
        if (text.equals(pending) || (pending == null && text.equals(written))) {
            return;
        }
        pending = text;
        long now = clockMillis.getAsLong();
        timing.edited(now);
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = writer.schedule(this::save, Math.max(0, timing.dueAt() - now), TimeUnit.MILLISECONDS);
    }

    private void save() {
        if (pending == null) {
            return;
        }
        String text = pending;
        try {
            AtomicWrite.writeString(file, text);
            written = text;
            pending = null;
            timing.saved();
            failing = false;
        } catch (IOException e) {
            timing.saved(); // try again with the next edit's timing, not at every key
            if (!failing) {
                failing = true;
                onFailure.accept(e);
            }
        }
    }
}
