package io.kubetutor.ui.panels.model;

import java.util.List;

/** A top-level line of the event log with the lines folded under it (a request's hops; none for an event). */
public record LogEntry(EventRow head, List<EventRow> children) {
    public LogEntry {
        children = List.copyOf(children);
    }

    /** How many table rows the entry takes when expanded. */
    public int size() {
        return 1 + children.size();
    }
}
