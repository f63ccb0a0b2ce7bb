package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The slices of one Service with the indexes a sync needs: slices by port set ranked fullest
 * first, where each endpoint lives, and the desired endpoints. Applies a {@link SlicePlan} and
 * keeps the writes until the engine drains them.
 */
final class SliceStore {
    /** k8s.io/apimachinery util/rand: consonants and digits that cannot spell words. */
    private static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    /** names.SimpleNameGenerator: 63 minus the 5 random characters. */
    private static final int MAX_GENERATED_BASE = 58;

    final String serviceName;
    final String namespace;
    final int maxPerSlice;
    private final String generateName;
    private final RandomGenerator random;

    final Map<String, SliceState> slices = new LinkedHashMap<>();
    final Map<List<EndpointSlice.Port>, TreeMap<SliceState.Rank, SliceState>> byPorts = new HashMap<>();
    final Map<PodView.Identity, SliceState> location = new HashMap<>();
    final Map<PodView.Identity, PodView.SliceMember> desired = new HashMap<>();
    /** Desired endpoints per port set, in the order the sets first appeared (the sync's group order). */
    final Map<List<EndpointSlice.Port>, Integer> desiredCount = new LinkedHashMap<>();
    /** Desired endpoints no slice holds: only when creates were skipped for a Service being deleted. */
    final Set<PodView.Identity> unplaced = new HashSet<>();

    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, SliceWrite> pending = new LinkedHashMap<>();
    private long nextSeq;

    SliceStore(String serviceName, String namespace, int maxPerSlice, RandomGenerator random) {
        this.serviceName = serviceName;
        this.namespace = namespace;
        this.maxPerSlice = maxPerSlice;
        this.random = random;
        // getEndpointSlicePrefix: "<service>-" (always a valid prefix for a valid Service name).
        this.generateName = serviceName + "-";
    }

    void want(PodView.SliceMember m) {
        desired.put(m.identity(), m);
        desiredCount.merge(m.ports(), 1, Integer::sum);
    }

    void unwant(PodView.SliceMember m) {
        desired.remove(m.identity());
        desiredCount.computeIfPresent(m.ports(), (k, n) -> n == 1 ? null : n - 1);
    }

    void clearDesired() {
        desired.clear();
        desiredCount.clear();
    }

    void apply(SlicePlan plan, boolean createsAllowed) {
        if (createsAllowed) {
            for (SliceDraft d : plan.creates) {
                SliceState s = new SliceState(nextSeq++, newName(), generateName, plan.addressType);
                slices.put(s.name, s);
                place(s, d);
                write(SliceWrite.Op.CREATE, s);
            }
        } else {
            for (SliceDraft d : plan.creates) {
                d.members.forEach(m -> unplaced.add(m.identity()));
            }
        }
        for (SliceDraft d : plan.updates.values()) {
            unindex(d.target);
            place(d.target, d);
            write(SliceWrite.Op.UPDATE, d.target);
        }
        List<SliceState> deletes = new ArrayList<>(plan.deletes);
        deletes.addAll(plan.typeDeletes);
        for (SliceState s : deletes) {
            unindex(s);
            slices.remove(s.name);
            write(SliceWrite.Op.DELETE, s);
        }
    }

    /** Gives a slice its new content and indexes it; an endpoint now here is no longer anywhere else. */
    private void place(SliceState s, SliceDraft d) {
        s.assign(d);
        byPorts.computeIfAbsent(s.ports, k -> new TreeMap<>()).put(s.rank, s);
        for (PodView.SliceMember m : s.members) {
            location.put(m.identity(), s);
            unplaced.remove(m.identity());
        }
    }

    private void unindex(SliceState s) {
        TreeMap<SliceState.Rank, SliceState> group = byPorts.get(s.ports);
        group.remove(s.rank);
        if (group.isEmpty()) {
            byPorts.remove(s.ports);
        }
        for (PodView.SliceMember m : s.members) {
            // Another slice of this sync may already hold the endpoint (applied before this one).
            location.remove(m.identity(), s);
        }
    }

    /** utilrand.String(5) after the prefix; a name this Service used before is drawn again. */
    private String newName() {
        String base = generateName.length() > MAX_GENERATED_BASE
                ? generateName.substring(0, MAX_GENERATED_BASE) : generateName;
        while (true) {
            StringBuilder name = new StringBuilder(base);
            for (int i = 0; i < 5; i++) {
                name.append(NAME_ALPHABET.charAt(random.nextInt(NAME_ALPHABET.length())));
            }
            if (usedNames.add(name.toString())) {
                return name.toString();
            }
        }
    }

    /** Keeps one pending write per slice: a create then updates is still a create; a create then delete is nothing. */
    private void write(SliceWrite.Op op, SliceState s) {
        SliceWrite previous = pending.get(s.name);
        EndpointSlice rendered = s.render(namespace, serviceName);
        if (previous == null) {
            pending.put(s.name, new SliceWrite(op, rendered));
        } else if (previous.op() == SliceWrite.Op.CREATE) {
            if (op == SliceWrite.Op.DELETE) {
                pending.remove(s.name);
            } else {
                pending.put(s.name, new SliceWrite(SliceWrite.Op.CREATE, rendered));
            }
        } else {
            pending.put(s.name, new SliceWrite(op, rendered));
        }
    }

    List<SliceWrite> drain() {
        List<SliceWrite> out = List.copyOf(pending.values());
        pending.clear();
        return out;
    }

    List<EndpointSlice> render() {
        List<EndpointSlice> out = new ArrayList<>(slices.size());
        for (SliceState s : slices.values()) {
            out.add(s.render(namespace, serviceName));
        }
        return out;
    }
}
