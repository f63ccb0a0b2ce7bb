package io.kubetutor.ui.files;

/**
 * When the editor's text is written to the autosave: a second after typing pauses, and while
 * typing goes on without a pause, at least every three seconds. So a crash loses at most about
 * the last second of a pause, or three of non-stop typing, and a fast typist does not cause a
 * write per key. Plain arithmetic on the times it is given (milliseconds of any one clock).
 */
public final class AutosaveTiming {
    /** The pause after the last edit that triggers a save. */
    public static final long PAUSE_MILLIS = 1_000;
    /** The longest an edit waits for its save while edits keep coming. */
    public static final long MAX_WAIT_MILLIS = 3_000;

    private long firstUnsaved = -1;
    private long lastEdit = -1;

    /** An edit was made at {@code now}. */
    public void edited(long now) {
        if (firstUnsaved < 0) {
            firstUnsaved = now;
        }
        lastEdit = now;
    }

    /** When the next save is due, or -1 when nothing waits to be saved. */
    public long dueAt() {
        return firstUnsaved < 0 ? -1 : Math.min(lastEdit + PAUSE_MILLIS, firstUnsaved + MAX_WAIT_MILLIS);
    }

    /** Whether a save is due at {@code now}. */
    public boolean due(long now) {
        return firstUnsaved >= 0 && now >= dueAt();
    }

    /** Everything edited so far was saved. */
    public void saved() {
        firstUnsaved = -1;
        lastEdit = -1;
    }
}
