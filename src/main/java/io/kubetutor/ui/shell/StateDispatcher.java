package io.kubetutor.ui.shell;

import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one place engine states reach the FX thread. The engine thread offers each state; one
 * {@code runLater} at a time drains the queue and hands every state, in order, to the views —
 * so a burst of engine work costs one FX task, and no view ever sees a state off the FX thread.
 */
public final class StateDispatcher implements Consumer<SessionState> {
    private final ConcurrentLinkedQueue<SessionState> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final List<Consumer<SessionState>> views = new ArrayList<>();
    private SessionState latest;
    /** Told how long each view took with each state, when a probe asks (index of the view, nanoseconds). */
    private volatile java.util.function.ObjIntConsumer<Long> timing;

    /** When each state version was offered by the engine (System.nanoTime), kept only while a probe times. */
    private final java.util.Map<Long, Long> offeredNanos = new java.util.concurrent.ConcurrentHashMap<>();

    public void setTiming(java.util.function.ObjIntConsumer<Long> timing) {
        this.timing = timing;
    }

    /** When the engine offered this state version, if a probe is timing (else -1). */
    public long offeredNanos(long version) {
        return offeredNanos.getOrDefault(version, -1L);
    }

    /** Adds a view; call on the FX thread before states flow. */
    public void addView(Consumer<SessionState> view) {
        views.add(view);
        if (latest != null) {
            view.accept(latest);
        }
    }

    /** The last state applied on the FX thread, or null before the first. */
    public SessionState latest() {
        return latest;
    }

    @Override
    public void accept(SessionState s) {
        if (timing != null) {
            offeredNanos.put(s.version(), System.nanoTime());
        }
        queue.add(s);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        SessionState s;
        while ((s = queue.poll()) != null) {
            latest = s;
            for (int i = 0; i < views.size(); i++) {
                long t0 = timing == null ? 0 : System.nanoTime();
                views.get(i).accept(s);
                if (timing != null) {
                    timing.accept(System.nanoTime() - t0, i);
                }
            }
        }
    }
}
