package io.kubetutor.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * The window's heartbeat. Each rendered frame it asks the playback clock how much virtual time
 * passed (none while paused) and hands that same amount to everyone who moves with time: the
 * cluster (batched, so the engine thread is not flooded with tiny steps) and each packet
 * animation. Nothing in the window animates on a clock of its own.
 */
public final class FrameDriver extends AnimationTimer {
    /** Virtual milliseconds the cluster is asked to advance at once at most every frame. */
    static final long CLUSTER_STEP_MS = 100;

    /** The playback clock: given a frame's timestamp, the virtual milliseconds since the previous frame. */
    public interface Clock {
        long advance(long frameNanos);
    }

    private final Clock clock;
    private final List<LongConsumer> clusterTime = new ArrayList<>();
    private final List<LongConsumer> frameListeners = new ArrayList<>();
    private long owedToCluster;

    public FrameDriver(Clock clock) {
        this.clock = clock;
    }

    /** Gets virtual time in steps of at least {@link #CLUSTER_STEP_MS} (a Session's advanceBy). */
    public void addClusterTime(LongConsumer advanceBy) {
        clusterTime.add(advanceBy);
    }

    /** Called every frame with the virtual milliseconds that passed (0 while paused). */
    public void addFrameListener(LongConsumer onFrame) {
        frameListeners.add(onFrame);
    }

    @Override
    public void handle(long now) {
        long virtualMs = clock.advance(now);
        owedToCluster += virtualMs;
        if (owedToCluster >= CLUSTER_STEP_MS) {
            for (LongConsumer c : clusterTime) {
                c.accept(owedToCluster);
            }
            owedToCluster = 0;
        }
        for (LongConsumer f : frameListeners) {
            f.accept(virtualMs);
        }
    }
}
