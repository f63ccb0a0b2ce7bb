package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Probe;
import java.util.List;
import java.util.function.Predicate;

/**
 * How long a cluster must stay unchanged before it can be called at rest: long enough for the
 * slowest probe to reach its threshold (initial delay plus period times the larger threshold),
 * and never less than the time a container takes to start. A pod already at rest does not count:
 * its probes pass and will go on passing while nothing changes, so they can flip nothing (the
 * cluster's own pods, running long before, would otherwise hold every settle for CoreDNS's
 * 60-second liveness delay).
 */
final class Settling {
    static final long MIN_QUIET_MILLIS = 5_000;

    private Settling() {
    }

    static long quietSpell(List<Pod> pods, Predicate<Pod> atRest) {
        long quiet = MIN_QUIET_MILLIS;
        for (Pod p : pods) {
            if (atRest.test(p)) {
                continue;
            }
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

    /**
     * Whether nothing the kubelet does will change this pod on its own: running, every container
     * started and ready, the app answering and every probe passing, readiness not pinned.
     */
    static boolean atRest(PodRuntime rt) {
        if (rt == null || rt.terminating || !rt.appAnswers || rt.pinnedReady != null || !rt.pinnedPhase.isEmpty()
                || !rt.sandboxReady) {
            return false;
        }
        for (ContainerRuntime c : rt.containers) {
            if (c.state != ContainerRuntime.State.RUNNING || !c.started || !c.ready) {
                return false;
            }
            for (Probe probe : new Probe[] {c.spec.readinessProbe(), c.spec.livenessProbe(), c.spec.startupProbe()}) {
                if (probe != null && !AppBehaviour.probeSucceeds(c.spec, probe, true)) {
                    return false;
                }
            }
        }
        return !rt.containers.isEmpty();
    }
}
