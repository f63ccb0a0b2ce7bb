package io.kubetutor.ui.panels.model;

/**
 * What the event log shows: rows containing {@code text} in any column (case-insensitive, "" for
 * all), cluster events and/or traffic, and with {@code dropsOnly} only the requests that failed
 * (dropped, refused, no route, no reply) and the hops that tell why.
 */
public record EventFilter(String text, boolean cluster, boolean traffic, boolean dropsOnly) {
    public static final EventFilter ALL = new EventFilter("", true, true, false);

    public EventFilter {
        text = text == null ? "" : text.strip();
    }
}
