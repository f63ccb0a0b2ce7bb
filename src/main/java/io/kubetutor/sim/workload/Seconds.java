package io.kubetutor.sim.workload;

/**
 * metav1.Time is serialized with whole seconds, so every timestamp a controller reads from its
 * informer cache has lost its milliseconds; comparisons between objects happen at that precision.
 */
final class Seconds {
    private Seconds() {
    }

    static long truncate(long millis) {
        return Math.floorDiv(millis, 1000L) * 1000L;
    }

    /** A creation timestamp as the controller sees it; Go's zero time (never set) stays null. */
    static Long creation(Long millis) {
        return millis == null ? null : truncate(millis);
    }
}
