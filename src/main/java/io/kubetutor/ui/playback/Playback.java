package io.kubetutor.ui.playback;

import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.HopRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The traces being played as packets. Requests sent one after the other play one after the
 * other ({@link #enqueue}); a burst's traced sample plays at once, staggered ({@link #launchAll}).
 * Time moves only by {@link #advance} (the window's one clock) and by stepping; every frame is a
 * pure function of that time. One trace is focused: the event log and the packet details follow
 * its current hop, and stepping and replay act on it.
 */
public final class Playback {
    /** Packets in flight at most; beyond it the oldest go, so a flood cannot exhaust memory. */
    public static final int MAX_IN_FLIGHT = 2_000;
    /** Traces waiting their turn at most; beyond it the oldest waiting ones go. */
    public static final int MAX_QUEUED = 2_000;
    /** From this many packets on screen, frames carry no trails (and the layer drops labels). */
    public static final int DETAIL_LIMIT = 50;

    private static final Point NOWHERE = new Point(Double.NaN, Double.NaN);

    private final PlaybackClock clock;
    private PlaceLocator layout;
    private final List<Flight> flights = new ArrayList<>();
    private final ArrayDeque<Trace> queue = new ArrayDeque<>();
    /** The flight of the queue now playing (the next waits for its end). */
    private Flight sequential;
    /** The followed flight; kept after it finished so it can be stepped back through and replayed. */
    private Flight focus;
    private final Map<Place, Point> framePoints = new HashMap<>();
    private Consumer<HopRef> onCurrentHop = h -> { };
    private Trace reportedTrace;
    private int reportedHop = -2;

    /**
     * @param clock  paused when the learner steps
     * @param layout where the topology draws each place (new traces are timed by its distances);
     *               {@link #frame(PlaceLocator)} replaces it with the locator it is given
     */
    public Playback(PlaybackClock clock, PlaceLocator layout) {
        this.clock = Objects.requireNonNull(clock);
        this.layout = Objects.requireNonNull(layout);
    }

    /** Plays {@code traces} one after the other, after what is already queued. Traces without hops are skipped. */
    public void enqueue(List<Trace> traces) {
        for (Trace t : traces) {
            if (!t.hops().isEmpty()) {
                if (queue.size() >= MAX_QUEUED) {
                    queue.pollFirst();
                }
                queue.addLast(t);
            }
        }
        if (sequential == null || sequential.ended()) {
            // Nothing is playing from the queue: the first new trace sets off now.
            startQueued(0);
        }
        reportCurrent();
    }

    /** Plays {@code traces} at once, each {@code staggerMillis} after the one before; focuses the first. */
    public void launchAll(List<Trace> traces, long staggerMillis) {
        Flight first = null;
        long delay = 0;
        for (Trace t : traces) {
            if (t.hops().isEmpty()) {
                continue;
            }
            Flight f = new Flight(new Timeline(t, layout), -delay);
            add(f);
            first = first == null ? f : first;
            delay += Math.max(0, staggerMillis);
        }
        if (first != null) {
            focus = first;
        }
        reportCurrent();
    }

    /** Lets {@code virtualMillis} of the window's clock pass. */
    public void advance(long virtualMillis) {
        if (virtualMillis > 0) {
            for (Flight f : flights) {
                f.elapsed += virtualMillis;
            }
            if (sequential != null && !sequential.listed) {
                sequential.elapsed += virtualMillis;
            }
            chainQueued();
            flights.removeIf(Playback::unlistIfGone);
        }
        reportCurrent();
    }

    /** Starts the queue's next traces whose turn came (each at the moment the one before ended). */
    private void chainQueued() {
        while (sequential != null && sequential.ended() && !queue.isEmpty()) {
            startQueued(sequential.elapsed - sequential.timeline.end);
        }
    }

    private void startQueued(long alreadyElapsed) {
        Trace next = queue.pollFirst();
        if (next == null) {
            return;
        }
        sequential = new Flight(new Timeline(next, layout), alreadyElapsed);
        add(sequential);
        focus = sequential;
    }

    private static boolean unlistIfGone(Flight f) {
        if (f.gone()) {
            f.listed = false;
            return true;
        }
        return false;
    }

    private void add(Flight f) {
        if (flights.size() >= MAX_IN_FLIGHT) {
            flights.remove(0).listed = false;
        }
        flights.add(f);
        f.listed = true;
    }

    /** Moves the focused packet to its next hop (or on to the next queued trace after its last), pausing. */
    public void stepForward() {
        clock.pause();
        Flight f = focus;
        if (f == null) {
            return;
        }
        Timeline tl = f.timeline;
        for (int i = 0; i < tl.hopCount(); i++) {
            if (tl.arrival(i) > f.elapsed) {
                f.elapsed = tl.arrival(i);
                showAgain(f);
                reportCurrent();
                return;
            }
        }
        if (f == sequential && !queue.isEmpty()) {
            f.elapsed = Math.max(f.elapsed, tl.end);
            startQueued(0);
        } else if (f.elapsed < tl.end) {
            f.elapsed = tl.end;
        }
        reportCurrent();
    }

    /** Moves the focused packet back to the start of its current hop, or the hop before, pausing. */
    public void stepBack() {
        clock.pause();
        Flight f = focus;
        if (f == null) {
            return;
        }
        Timeline tl = f.timeline;
        for (int i = tl.hopCount() - 1; i >= 0; i--) {
            if (tl.arrival(i) < f.elapsed) {
                f.elapsed = tl.arrival(i);
                break;
            }
        }
        if (f.elapsed < 0) {
            f.elapsed = 0;
        }
        showAgain(f);
        reportCurrent();
    }

    /** Plays the focused trace again from its first hop. */
    public void replay() {
        Flight f = focus;
        if (f == null) {
            return;
        }
        f.elapsed = 0;
        showAgain(f);
        clock.play();
        reportCurrent();
    }

    /** Focuses a trace at one hop (the event log's or the packet details' selection), pausing there. */
    public void select(HopRef ref) {
        clock.pause();
        Flight f = null;
        for (Flight g : flights) {
            if (g.timeline.trace == ref.trace()) {
                f = g;
            }
        }
        if (f == null) {
            f = focus != null && focus.timeline.trace == ref.trace() ? focus : new Flight(new Timeline(ref.trace(), layout), 0);
        }
        if (!ref.trace().hops().isEmpty()) {
            f.elapsed = f.timeline.arrival(Math.max(0, ref.hop()));
            showAgain(f);
            focus = f;
        }
        reportCurrent();
    }

    /** A flight the learner went back to is on screen again, even if it had finished. */
    private void showAgain(Flight f) {
        if (!f.listed) {
            add(f);
        }
    }

    /** Stops every packet and forgets the queue. */
    public void clear() {
        flights.forEach(f -> f.listed = false);
        flights.clear();
        queue.clear();
        sequential = null;
        focus = null;
        reportCurrent();
    }

    /** The packets to draw now, in the layout's coordinates; {@code locator} becomes the layout. */
    public List<PacketSprite> frame(PlaceLocator locator) {
        layout = Objects.requireNonNull(locator);
        return frame();
    }

    /** The packets to draw now, placed by the current layout. */
    public List<PacketSprite> frame() {
        framePoints.clear();
        Timeline.Points live = place -> {
            Point p = framePoints.computeIfAbsent(place, pl -> layout.locate(pl).orElse(NOWHERE));
            return p == NOWHERE ? null : p;
        };
        int showing = 0;
        for (Flight f : flights) {
            if (f.started() && f.timeline.drawable) {
                showing++;
            }
        }
        boolean trails = showing < DETAIL_LIMIT;
        List<PacketSprite> sprites = new ArrayList<>(showing);
        for (Flight f : flights) {
            if (f.started() && f.timeline.drawable) {
                sprites.add(f.sprite(live, f == focus, trails));
            }
        }
        return sprites;
    }

    /** The focused trace's current hop, or null when nothing is focused. */
    public HopRef current() {
        Flight f = focus;
        return f == null ? null : new HopRef(f.timeline.trace, f.hop());
    }

    /** Told the new current hop (null when none) whenever it changes: by time passing, a step or a selection. */
    public void setOnCurrentHop(Consumer<HopRef> listener) {
        onCurrentHop = listener == null ? h -> { } : listener;
    }

    private void reportCurrent() {
        Flight f = focus;
        Trace t = f == null ? null : f.timeline.trace;
        int hop = f == null ? -2 : f.hop();
        if (t != reportedTrace || hop != reportedHop) {
            reportedTrace = t;
            reportedHop = hop;
            onCurrentHop.accept(current());
        }
    }

    /** Something is still moving, lingering or waiting its turn. */
    public boolean busy() {
        return !flights.isEmpty() || !queue.isEmpty();
    }

    /** Packets in flight (started or waiting for their stagger), for a status line. */
    public int inFlight() {
        return flights.size();
    }
}
