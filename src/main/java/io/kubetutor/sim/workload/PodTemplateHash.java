package io.kubetutor.sim.workload;

import io.kubetutor.model.PodTemplateSpec;
import java.nio.charset.StandardCharsets;

/**
 * The template hashes controllers put into names and labels: the Deployment controller's
 * {@code pod-template-hash} (controller.ComputeHash: FNV-1a, then the collision count as 8
 * little-endian bytes when set) and the StatefulSet controller's revision hash
 * (history.HashControllerRevision: FNV-1, then the collision count in decimal). Both are rendered
 * as upstream renders them, {@code rand.SafeEncodeString(fmt.Sprint(sum))}, so they have the real
 * shape ({@code 5d4f8c7b9}, 9 or 10 characters) although the hashed text is our canonical form
 * of the template rather than Go's deep print.
 */
public final class PodTemplateHash {
    /** apps.DefaultDeploymentUniqueLabelKey. */
    public static final String LABEL = "pod-template-hash";

    // k8s.io/apimachinery/pkg/util/rand: consonants and digits that cannot spell bad words.
    static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

    private PodTemplateHash() {
    }

    /** The pod-template-hash of a Deployment's template; collisionCount is status.collisionCount (null when unset). */
    public static String of(PodTemplateSpec template, Integer collisionCount) {
        int sum = Fnv32.fnv1a(Fnv32.OFFSET_BASIS, bytes(template));
        if (collisionCount != null) {
            byte[] count = new byte[8];
            int c = collisionCount;
            for (int i = 0; i < 4; i++) {
                count[i] = (byte) (c >>> (8 * i));
            }
            sum = Fnv32.fnv1a(sum, count);
        }
        return safeEncodeString(Fnv32.decimal(sum));
    }

    /**
     * The name of a StatefulSet's controller revision for this template, {@code <set>-<hash>}, which
     * is also the value of its pods' {@code controller-revision-hash} label. The StatefulSet
     * controller always passes a collision count (0 until a collision happened).
     */
    public static String controllerRevisionName(String setName, PodTemplateSpec template, int collisionCount) {
        int sum = Fnv32.fnv1(Fnv32.OFFSET_BASIS, bytes(template));
        sum = Fnv32.fnv1(sum, Integer.toString(collisionCount).getBytes(StandardCharsets.UTF_8));
        String prefix = setName.length() > 223 ? setName.substring(0, 223) : setName;
        return prefix + "-" + safeEncodeString(Fnv32.decimal(sum));
    }

    /** rand.SafeEncodeString: each character becomes alphanums[code % 27]. */
    public static String safeEncodeString(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.append(ALPHANUMS.charAt(cp % ALPHANUMS.length())));
        return out.toString();
    }

    private static byte[] bytes(PodTemplateSpec template) {
        return CanonicalForm.of(template).getBytes(StandardCharsets.UTF_8);
    }
}
