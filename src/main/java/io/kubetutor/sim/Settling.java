package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Probe;
import java.util.List;

/**
 * How long a cluster must stay unchanged before it can be called at rest: long enough for the
 * slowest probe to reach its threshold (initial delay plus period times the larger threshold),
 * and never less than the time a container takes to start.
 */
final class Settling {
    static final long MIN_QUIET_MILLIS = 5_000;

    private Settling() {
    }

    static long quietSpell(List<Pod> pods) {
        long quiet = MIN_QUIET_MILLIS;
        for (Pod p : pods) {
            for (Container c : p.spec().containers()) {
                for (Probe probe : new Probe[] {c.readinessProbe(), c.livenessProbe(), c.startupProbe()}) {
                    if (probe != null) {
                        long period = Math.max(1, probe.periodSeconds());
                        long times = Math.max(1, Math.max(probe.failureThreshold(), probe.successThreshold())) + 1;
                        quiet = Math.max(quiet, (probe.initialDelaySeconds() + period * times) * 1000L);
                    }
                }
            }
        }
        return quiet;
    }
}
