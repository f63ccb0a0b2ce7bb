package io.kubetutor.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The cluster's events in order. Listeners hear each event as it is recorded, on the thread that
 * drives the simulation; a UI hands them over to its own thread.
 */
public final class EventLog {
    private final List<ClusterEvent> events = new ArrayList<>();
    private final List<Consumer<ClusterEvent>> listeners = new CopyOnWriteArrayList<>();
    private final VirtualClock clock;
    private final int capacity;
    private long seq;

    /** Keeps the last {@code capacity} events; older ones drop off (a two-hour class makes many). */
    EventLog(VirtualClock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    ClusterEvent record(ClusterEvent.Kind kind, ObjectKey subject, ObjectKey related, String address,
                        String cause, String effect) {
        ClusterEvent e = new ClusterEvent(++seq, clock.now(), kind, subject, related, address, cause, effect);
        if (events.size() == capacity) {
            events.subList(0, capacity / 4).clear();
        }
        events.add(e);
        for (Consumer<ClusterEvent> l : listeners) {
            l.accept(e);
        }
        return e;
    }

    public List<ClusterEvent> all() {
        return Collections.unmodifiableList(new ArrayList<>(events));
    }

    /** Events with a sequence number above {@code seq}, oldest first. */
    public List<ClusterEvent> since(long afterSeq) {
        List<ClusterEvent> out = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && events.get(i).seq() > afterSeq; i--) {
            out.add(events.get(i));
        }
        Collections.reverse(out);
        return out;
    }

    public long lastSeq() {
        return seq;
    }

    public void subscribe(Consumer<ClusterEvent> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<ClusterEvent> listener) {
        listeners.remove(listener);
    }
}
