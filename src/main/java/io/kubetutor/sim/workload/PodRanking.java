package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a ReplicaSet picks pods to delete on scale-down (controller.ActivePodsWithRanks,
 * with the PodDeletionCost and LogarithmicScaleDown features on, as they are by default). Earlier
 * pods go first:
 * <ol>
 * <li>unassigned before assigned to a node;</li>
 * <li>Pending (and any other phase) before Unknown before Running;</li>
 * <li>not ready before ready;</li>
 * <li>lower {@code controller.kubernetes.io/pod-deletion-cost} first;</li>
 * <li>more related active pods on the same node first (doubled-up pods);</li>
 * <li>both ready: ready for less time first, compared in powers-of-two buckets of age, then by uid;</li>
 * <li>more container restarts first;</li>
 * <li>newer first, again in powers-of-two buckets of age, then by uid.</li>
 * </ol>
 * Sidecar (restartable init container) restarts are not compared: the model has no init
 * container statuses. The sort is Go's insertion sort, which sort.Sort uses for up to 12 items, so
 * ties keep the caller's order as upstream would; beyond 12 pods only tied pods may differ.
 */
final class PodRanking {
    static final String DELETION_COST_ANNOTATION = "controller.kubernetes.io/pod-deletion-cost";

    private final List<Pod> pods;
    private final int[] rank;
    private final PodClock clock;

    private PodRanking(List<Pod> pods, int[] rank, PodClock clock) {
        this.pods = pods;
        this.rank = rank;
        this.clock = clock;
    }

    /**
     * The pods in deletion order. A pod's rank is the number of active related pods (the pods of
     * every ReplicaSet with the same controller; for a lone ReplicaSet its own) on its node.
     */
    static List<Pod> forDeletion(List<Pod> podsToRank, List<Pod> relatedPods, PodClock clock) {
        Map<String, Integer> podsOnNode = new HashMap<>();
        for (Pod p : relatedPods) {
            if (PodStates.active(p)) {
                podsOnNode.merge(p.spec().nodeName(), 1, Integer::sum);
            }
        }
        List<Pod> pods = new ArrayList<>(podsToRank);
        int[] rank = new int[pods.size()];
        for (int i = 0; i < pods.size(); i++) {
            rank[i] = podsOnNode.getOrDefault(pods.get(i).spec().nodeName(), 0);
        }
        new PodRanking(pods, rank, clock).insertionSort();
        return pods;
    }

    private void insertionSort() {
        for (int i = 1; i < pods.size(); i++) {
            for (int j = i; j > 0 && less(j, j - 1); j--) {
                swap(j, j - 1);
            }
        }
    }

    private void swap(int i, int j) {
        Pod p = pods.get(i);
        pods.set(i, pods.get(j));
        pods.set(j, p);
        int r = rank[i];
        rank[i] = rank[j];
        rank[j] = r;
    }

    private boolean less(int i, int j) {
        Pod a = pods.get(i);
        Pod b = pods.get(j);
        String nodeA = a.spec().nodeName();
        String nodeB = b.spec().nodeName();
        if (!nodeA.equals(nodeB) && (nodeA.isEmpty() || nodeB.isEmpty())) {
            return nodeA.isEmpty();
        }
        int phaseA = phaseOrdinal(a.status().phase());
        int phaseB = phaseOrdinal(b.status().phase());
        if (phaseA != phaseB) {
            return phaseA < phaseB;
        }
        boolean readyA = a.status().ready();
        boolean readyB = b.status().ready();
        if (readyA != readyB) {
            return !readyA;
        }
        int costA = deletionCost(a);
        int costB = deletionCost(b);
        if (costA != costB) {
            return costA < costB;
        }
        if (rank[i] != rank[j]) {
            return rank[i] > rank[j];
        }
        if (readyA) {
            Long readyTimeA = clock.readyTime(a);
            Long readyTimeB = clock.readyTime(b);
            if (!sameTime(readyTimeA, readyTimeB)) {
                return newerFirst(readyTimeA, readyTimeB, a, b);
            }
        }
        int restartsA = maxRestarts(a);
        int restartsB = maxRestarts(b);
        if (restartsA != restartsB) {
            return restartsA > restartsB;
        }
        Long createdA = Seconds.creation(a.metadata().creationTimestamp());
        Long createdB = Seconds.creation(b.metadata().creationTimestamp());
        if (!sameTime(createdA, createdB)) {
            return newerFirst(createdA, createdB, a, b);
        }
        return false;
    }

    // podPhaseToOrdinal holds Pending 0, Unknown 1, Running 2; a missing key reads as 0 in Go.
    private static int phaseOrdinal(String phase) {
        return switch (phase) {
            case PodStates.UNKNOWN -> 1;
            case PodStates.RUNNING -> 2;
            default -> 0;
        };
    }

    /** The pod-deletion-cost annotation as an int32; absent or invalid reads as 0, as upstream ignores the error. */
    private static int deletionCost(Pod p) {
        String value = p.metadata().annotations().get(DELETION_COST_ANNOTATION);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int maxRestarts(Pod p) {
        int max = 0;
        for (PodStatus.ContainerStatus c : p.status().containerStatuses()) {
            max = Math.max(max, c.restartCount());
        }
        return max;
    }

    private static boolean sameTime(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Whether a (with time ta) goes before b: the later time first, the zero time before any. With a
     * known now, times in the same power-of-two age bucket tie and the smaller uid goes first.
     */
    private boolean newerFirst(Long ta, Long tb, Pod a, Pod b) {
        if (clock.now() == null || ta == null || tb == null) {
            return afterOrZero(ta, tb);
        }
        long diff = logRank(ta) - logRank(tb);
        if (diff == 0) {
            return a.metadata().uid().compareTo(b.metadata().uid()) < 0;
        }
        return diff < 0;
    }

    private static boolean afterOrZero(Long ta, Long tb) {
        if (ta == null || tb == null) {
            return ta == null;
        }
        return ta > tb;
    }

    /** floor(log2(age in nanoseconds)), or -1 for an age that is not positive. */
    private long logRank(long timeMillis) {
        long ageNanos = (clock.now() - timeMillis) * 1_000_000L;
        return ageNanos > 0 ? 63 - Long.numberOfLeadingZeros(ageNanos) : -1;
    }
}
