package io.kubetutor.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Events recorded per object (by uid), for kubectl describe; each object keeps its last 50. */
final class KubeEvents {
    private static final int PER_OBJECT = 50;
    private final Map<String, List<KubeEvent>> byUid = new HashMap<>();

    void record(String uid, String type, String reason, String from, String message, long at) {
        List<KubeEvent> list = byUid.computeIfAbsent(uid, u -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            KubeEvent e = list.get(i);
            if (e.type().equals(type) && e.reason().equals(reason) && e.from().equals(from)
                    && e.message().equals(message)) {
                list.remove(i);
                list.add(e.again(at));
                return;
            }
        }
        if (list.size() == PER_OBJECT) {
            list.remove(0);
        }
        list.add(new KubeEvent(type, reason, at, at, 1, from, message));
    }

    List<KubeEvent> of(String uid) {
        return List.copyOf(byUid.getOrDefault(uid, List.of()));
    }

    void forget(String uid) {
        byUid.remove(uid);
    }
}
