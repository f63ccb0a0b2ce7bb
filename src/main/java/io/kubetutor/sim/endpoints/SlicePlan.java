package io.kubetutor.sim.endpoints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one sync of the EndpointSlice reconciler will write: slicesToCreate, slicesToUpdate, slicesToDelete. */
final class SlicePlan {
    final String addressType;
    /** Existing slices to update, in the order they were marked. */
    final Map<SliceState, SliceDraft> updates = new LinkedHashMap<>();
    final List<SliceDraft> creates = new ArrayList<>();
    final List<SliceState> deletes = new ArrayList<>();
    /** Slices of an address type the Service no longer has: deleted outside reconcileByAddressType, never reused. */
    final List<SliceState> typeDeletes = new ArrayList<>();
    private final Set<SliceState> deleteSet = new HashSet<>();

    SlicePlan(String addressType) {
        this.addressType = addressType;
    }

    void delete(SliceState s) {
        deletes.add(s);
        deleteSet.add(s);
    }

    /** Neither updated nor deleted so far: what the reconciler calls an unchanged slice. */
    boolean untouched(SliceState s) {
        return !updates.containsKey(s) && !deleteSet.contains(s);
    }
}
