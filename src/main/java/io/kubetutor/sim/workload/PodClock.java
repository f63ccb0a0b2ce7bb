package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import java.util.function.Function;

/**
 * What the controllers know about time: the virtual now and when each pod's Ready condition last
 * became True (the condition's lastTransitionTime, which the model's Condition does not carry, so
 * the engine that flips readiness supplies it). Both in virtual milliseconds.
 *
 * <p>{@link #UNKNOWN} is for callers without a clock: a ready pod then counts as available only
 * when minReadySeconds is 0, and the scale-down ranking skips its time-based steps' logarithmic
 * bucketing, as upstream does when {@code now} is the zero time.
 */
public record PodClock(Long now, Function<Pod, Long> readySince) {
    public static final PodClock UNKNOWN = new PodClock(null, p -> null);

    public PodClock {
        readySince = readySince == null ? p -> null : readySince;
    }

    public static PodClock at(long now, Function<Pod, Long> readySince) {
        return new PodClock(now, readySince);
    }

    /** When the pod became ready, truncated to whole seconds as metav1.Time is stored; null when unknown. */
    Long readyTime(Pod pod) {
        Long since = readySince.apply(pod);
        return since == null ? null : Seconds.truncate(since);
    }

    /**
     * podutil.IsPodAvailable: ready, and either minReadySeconds is 0 or the Ready transition plus
     * minReadySeconds lies strictly before now.
     */
    public boolean available(Pod pod, int minReadySeconds) {
        if (!pod.status().ready()) {
            return false;
        }
        if (minReadySeconds == 0) {
            return true;
        }
        Long since = readyTime(pod);
        return since != null && now != null && since + minReadySeconds * 1000L < now;
    }
}
