package io.kubetutor.sim.net.proxy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * kube-proxy's computeProbability: {@code fmt.Sprintf("%0.10f", 1.0/float64(n))}. Go rounds the
 * exact binary value half to even, which BigDecimal of the double reproduces (Java's own %f would
 * round a tie such as 1/2048 = 0.00048828125 up).
 */
final class Probabilities {
    private static final String[] CACHE = new String[257];

    private Probabilities() {
    }

    static String text(int n) {
        if (n < CACHE.length) {
            String s = CACHE[n];
            if (s == null) {
                s = format(n);
                CACHE[n] = s;
            }
            return s;
        }
        return format(n);
    }

    private static String format(int n) {
        return new BigDecimal(1.0 / n).setScale(10, RoundingMode.HALF_EVEN).toPlainString();
    }
}
