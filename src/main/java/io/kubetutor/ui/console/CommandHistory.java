package io.kubetutor.ui.console;

import java.util.ArrayList;
import java.util.List;

/**
 * The console's command history, walked with ↑ and ↓ as a shell's is. Going up first keeps the
 * line being typed (the draft), so coming back down past the newest entry gives it back. A line
 * entered again moves to the newest place instead of filling the history with copies (bash's
 * {@code erasedups}); blank lines are not kept. The oldest entries go once {@code capacity} is reached.
 */
public final class CommandHistory {
    private final int capacity;
    private final List<String> entries = new ArrayList<>();
    /** Where the walk is: entries.size() means "at the draft", not on an entry. */
    private int position;
    private String draft = "";

    public CommandHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records an entered line and ends any walk. */
    public void add(String line) {
        if (line != null && !line.isBlank()) {
            entries.remove(line);
            entries.add(line);
            if (entries.size() > capacity) {
                entries.remove(0);
            }
        }
        position = entries.size();
        draft = "";
    }

    /**
     * The entry before the one shown (↑), given what the input holds now; the same text again at
     * the oldest entry. Leaving the draft remembers it.
     */
    public String up(String current) {
        if (position == entries.size()) {
            draft = current == null ? "" : current;
        }
        if (entries.isEmpty()) {
            return draft;
        }
        if (position > 0) {
            position--;
        }
        return entries.get(position);
    }

    /** The entry after the one shown (↓); past the newest, the draft that was being typed. */
    public String down(String current) {
        if (position >= entries.size()) {
            return current == null ? "" : current;
        }
        position++;
        return position == entries.size() ? draft : entries.get(position);
    }

    /** The entries, oldest first. */
    public List<String> entries() {
        return List.copyOf(entries);
    }
}
