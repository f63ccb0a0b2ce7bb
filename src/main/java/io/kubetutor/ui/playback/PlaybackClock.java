package io.kubetutor.ui.playback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The window's one animation clock. The shell's frame timer hands it the frame's real timestamp;
 * it answers how many virtual milliseconds passed (scaled by the speed, none while paused), and the
 * shell gives those same milliseconds to the cluster and to the packet playback, so a packet and
 * the cluster's time never drift apart. Plain Java, driven only by the timestamps it is given.
 */
public final class PlaybackClock {
    /** The speeds a learner can pick, slowest first. */
    public static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0);
    /**
     * The longest real gap one frame may count. A stalled frame (a GC pause, a dragged window, a
     * laptop waking up) would otherwise make packets and pods leap ahead in one jump.
     */
    public static final long MAX_REAL_GAP_NANOS = 250_000_000L;

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean playing = true;
    private int speedStep = SPEEDS.indexOf(1.0);
    private long lastRealNanos;
    private boolean started;
    /** Virtual time in nanoseconds, kept exact so fractions of a millisecond carry over. */
    private double virtualNanos;
    private long reportedMillis;

    /**
     * The virtual milliseconds that passed since the previous call, {@code realNanos} being the
     * frame's timestamp (as an AnimationTimer gets it). The first call only sets the baseline.
     */
    public long advance(long realNanos) {
        if (!started) {
            started = true;
            lastRealNanos = realNanos;
            return 0;
        }
        long gap = realNanos - lastRealNanos;
        lastRealNanos = realNanos;
        if (!playing || gap <= 0) {
            return 0;
        }
        virtualNanos += Math.min(gap, MAX_REAL_GAP_NANOS) * speed();
        long total = (long) (virtualNanos / 1_000_000d);
        long passed = total - reportedMillis;
        reportedMillis = total;
        return passed;
    }

    /** Virtual milliseconds this clock has handed out so far. */
    public long now() {
        return reportedMillis;
    }

    public void play() {
        if (!playing) {
            playing = true;
            changed();
        }
    }

    public void pause() {
        if (playing) {
            playing = false;
            changed();
        }
    }

    public void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    public boolean isPlaying() {
        return playing;
    }

    public double speed() {
        return SPEEDS.get(speedStep);
    }

    /** Sets the speed to the nearest of {@link #SPEEDS}. */
    public void setSpeed(double speed) {
        int best = 0;
        for (int i = 1; i < SPEEDS.size(); i++) {
            if (Math.abs(Math.log(SPEEDS.get(i) / speed)) < Math.abs(Math.log(SPEEDS.get(best) / speed))) {
                best = i;
            }
        }
        if (!(speed > 0)) {
            best = 0;
        }
        step(best);
    }

    /** One step faster (no change at 4×). */
    public void faster() {
        step(Math.min(speedStep + 1, SPEEDS.size() - 1));
    }

    /** One step slower (no change at 0.25×). */
    public void slower() {
        step(Math.max(speedStep - 1, 0));
    }

    private void step(int to) {
        if (to != speedStep) {
            speedStep = to;
            changed();
        }
    }

    /** Called (on the caller's thread) after play, pause or the speed changed. */
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    public void removeListener(Runnable onChange) {
        listeners.remove(onChange);
    }

    private void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
