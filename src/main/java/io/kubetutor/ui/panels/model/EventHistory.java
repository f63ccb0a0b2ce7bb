package io.kubetutor.ui.panels.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The event log's memory, bounded by rows so a two-hour class does not grow without end: when a
 * new entry takes the total above the limit, the oldest entries go (a request with all its hops).
 */
public final class EventHistory {
    public static final int DEFAULT_MAX_ROWS = 5_000;

    private final int maxRows;
    private final Deque<LogEntry> entries = new ArrayDeque<>();
    private int rows;

    public EventHistory() {
        this(DEFAULT_MAX_ROWS);
    }

    public EventHistory(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
        this.maxRows = maxRows;
    }

    /** Adds an entry; returns the oldest entries dropped to stay within the limit, oldest first. */
    public List<LogEntry> add(LogEntry e) {
        entries.addLast(e);
        rows += e.size();
        List<LogEntry> dropped = new ArrayList<>();
        // The newest entry always stays, even when it alone is over the limit.
        while (rows > maxRows && entries.size() > 1) {
            LogEntry old = entries.removeFirst();
            rows -= old.size();
            dropped.add(old);
        }
        return dropped;
    }

    public List<LogEntry> entries() {
        return List.copyOf(entries);
    }

    public int rows() {
        return rows;
    }

    public int maxRows() {
        return maxRows;
    }

    public void clear() {
        entries.clear();
        rows = 0;
    }
}
