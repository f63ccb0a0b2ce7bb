package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;

/**
 * One EndpointSlice write the controller made: the slice as written (for DELETE, as it was). Writes
 * between two drains are merged per slice, so a slice created and then updated is one CREATE.
 */
public record SliceWrite(Op op, EndpointSlice slice) {
    public enum Op {
        CREATE, UPDATE, DELETE
    }
}
