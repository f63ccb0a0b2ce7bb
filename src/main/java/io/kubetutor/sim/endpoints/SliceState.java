package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One controller-managed EndpointSlice as the controller last wrote it. Mutated only by {@link SliceStore}. */
final class SliceState {
    /** Where a slice sorts among its port group's slices: fullest first, then oldest (getSliceToFill ties). */
    record Rank(int size, long seq) implements Comparable<Rank> {
        @Override
        public int compareTo(Rank o) {
            int c = Integer.compare(o.size, size);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    final long seq;
    final String name;
    final String generateName;
    final String addressType;
    List<EndpointSlice.Port> ports;
    Map<String, String> labels;
    String ownerUid;
    List<PodView.SliceMember> members;
    Rank rank;
    private EndpointSlice rendered;

    SliceState(long seq, String name, String generateName, String addressType) {
        this.seq = seq;
        this.name = name;
        this.generateName = generateName;
        this.addressType = addressType;
    }

    /** Takes a draft's content, as an update (or a create's first write) does. */
    void assign(SliceDraft draft) {
        ports = draft.ports;
        labels = draft.labels;
        ownerUid = draft.ownerUid;
        members = draft.members;
        rank = new Rank(members.size(), seq);
        rendered = null;
    }

    int size() {
        return members.size();
    }

    EndpointSlice render(String namespace, String serviceName) {
        if (rendered == null) {
            List<EndpointSlice.Endpoint> endpoints = new ArrayList<>(members.size());
            for (PodView.SliceMember m : members) {
                endpoints.add(m.endpoint());
            }
            ObjectMeta.OwnerReference owner = new ObjectMeta.OwnerReference("v1", "Service", serviceName, ownerUid,
                    true);
            ObjectMeta meta = new ObjectMeta(name, generateName, namespace, labels, Map.of(), "", null,
                    List.of(owner), null);
            rendered = new EndpointSlice(meta, addressType, endpoints, ports, null);
        }
        return rendered;
    }
}
