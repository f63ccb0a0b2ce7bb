package io.kubetutor.sim;

/**
 * An allocator refused a request. The message is the allocator's own error text, which the
 * API server wraps into a field error or an internal error (e.g. {@code provided port is already
 * allocated}, {@code range is full}).
 */
public final class AllocationException extends Exception {
    private final boolean rangeFull;

    AllocationException(String message, boolean rangeFull) {
        super(message, null, false, false);
        this.rangeFull = rangeFull;
    }

    static AllocationException full() {
        return new AllocationException("range is full", true);
    }

    static AllocationException refused(String message) {
        return new AllocationException(message, false);
    }

    /** Whether automatic allocation failed because no value was left. */
    public boolean rangeFull() {
        return rangeFull;
    }
}
