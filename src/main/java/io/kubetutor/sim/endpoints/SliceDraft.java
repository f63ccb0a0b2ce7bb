package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The content one sync means to write to a slice: an existing one ({@code target} set) or a new
 * one (null until finalize turns a create into an update of a slice it would delete).
 */
final class SliceDraft {
    SliceState target;
    final List<EndpointSlice.Port> ports;
    final Map<String, String> labels;
    final String ownerUid;
    final List<PodView.SliceMember> members;

    SliceDraft(SliceState target, List<EndpointSlice.Port> ports, Map<String, String> labels, String ownerUid,
               List<PodView.SliceMember> members) {
        this.target = target;
        this.ports = ports;
        this.labels = labels;
        this.ownerUid = ownerUid;
        this.members = new ArrayList<>(members);
    }

    /** An existing slice's content, unchanged so far, to fill or relabel. */
    static SliceDraft copyOf(SliceState s, Map<String, String> labels) {
        return new SliceDraft(s, s.ports, labels, s.ownerUid, s.members);
    }

    long order() {
        return target == null ? Long.MAX_VALUE : target.seq;
    }
}
