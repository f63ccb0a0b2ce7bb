package io.kubetutor.lesson;

import io.kubetutor.sim.net.Trace;
import java.util.Map;

/**
 * One request a step saw, with what the cluster said of the pods involved when it was sent (pods
 * come and go, so their labels are taken then). {@code senderNamespace} is null when a client or a
 * node sent it; {@code senderIp} is the sender's own address ("" when unknown).
 *
 * @param number the request's place among those the step saw, from 1, for messages ("request #3")
 */
public record Observed(int number, Trace trace, String senderNamespace, Map<String, String> senderLabels,
                       String senderIp, Map<String, String> podLabels) {
    public Observed {
        senderLabels = Map.copyOf(senderLabels);
        podLabels = Map.copyOf(podLabels);
    }

    /** Whether a pod sent it and {@code ref} names that pod. */
    boolean sentBy(PodRef ref) {
        if (senderNamespace == null || !senderNamespace.equals(ref.namespace())) {
            return false;
        }
        String name = trace.from();
        return switch (ref.form()) {
            case NAME -> name.equals(ref.name());
            case PREFIX -> name.startsWith(ref.name());
            case LABELS -> ref.labels().entrySet().stream().allMatch(e -> e.getValue().equals(senderLabels.get(e.getKey())));
        };
    }
}
