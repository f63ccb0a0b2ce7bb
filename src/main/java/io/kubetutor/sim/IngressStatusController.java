package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.NetworkState;
import io.kubetutor.sim.net.ingress.IngressController;
import io.kubetutor.sim.net.ingress.IngressControllers;
import io.kubetutor.sim.net.ingress.IngressStatusAddresses;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each ingress-nginx controller in the cluster writes back to the API server: the address
 * of the claimed Ingresses (status.loadBalancer, printed as ADDRESS by kubectl get ingress) from
 * its status sync, cleared when its last pod goes (--update-status-on-shutdown), and the
 * "Scheduled for sync" Event its informer records for each claimed Ingress it sees created or
 * changed. ingress-nginx syncs status on start and every 60 seconds; here it happens at once.
 * Only changes that can matter (Ingresses, IngressClasses, Services, controller pods) wake it.
 */
final class IngressStatusController implements Controller {
    static final String COMPONENT = "nginx-ingress-controller";

    private final ControlPlane plane;
    /** Controllers last seen running, by key, so their shutdown can be played when they go. */
    private final Map<String, IngressController> running = new LinkedHashMap<>();
    /** Per running controller pod (uid), the version of each claimed Ingress (uid) its informer saw. */
    private final Map<String, Map<String, Ingress>> seen = new HashMap<>();
    /** The controller pods in the store, so a cluster without any pays nothing. */
    private final Set<String> controllerPods = new HashSet<>();
    private boolean syncing;
    private boolean dirty;

    IngressStatusController(ControlPlane plane) {
        this.plane = plane;
    }

    @Override
    public void objectChanged(KubeObject before, KubeObject after, String cause) {
        KubeObject o = after != null ? after : before;
        boolean relevant = o instanceof Ingress || o instanceof IngressClass || o instanceof Service;
        if (relevant && (!controllerPods.isEmpty() || !running.isEmpty())) {
            sync(cause);
        }
    }

    @Override
    public void podChanged(Pod before, Pod after, String cause) {
        if (controllerPod(before) || controllerPod(after)) {
            Pod p = after != null ? after : before;
            if (after == null) {
                controllerPods.remove(p.metadata().uid());
            } else {
                controllerPods.add(p.metadata().uid());
            }
            sync(cause);
        }
    }

    private static boolean controllerPod(Pod p) {
        if (p == null) {
            return false;
        }
        for (Container c : p.spec().containers()) {
            if (IngressControllers.isControllerImage(c.image())) {
                return true;
            }
        }
        return false;
    }

    /** Runs to rest: a write it makes wakes it again, which only marks another round. */
    private void sync(String cause) {
        if (syncing) {
            dirty = true;
            return;
        }
        syncing = true;
        try {
            int rounds = 0;
            do {
                dirty = false;
                syncOnce(cause);
            } while (dirty && ++rounds < 10);
        } finally {
            syncing = false;
        }
    }

    private void syncOnce(String cause) {
        ApiServer api = plane.api();
        NetworkState state = new NetworkState(api.topology(), api.snapshot(), Map.of(), plane.now(), 0);
        IngressControllers controllers = IngressControllers.build(state);
        Set<String> live = new HashSet<>();
        Set<String> livePods = new HashSet<>();
        for (IngressController c : controllers.all()) {
            if (!c.running()) {
                continue;
            }
            live.add(c.key());
            running.put(c.key(), c);
            List<Ingress> claimed = controllers.claimedBy(c);
            for (Pod p : c.allPods()) {
                if (p.status().phase().equals("Running")) {
                    livePods.add(p.metadata().uid());
                    recordSyncEvents(p, claimed);
                }
            }
            if (!c.flags().updateStatus()) {
                continue;
            }
            Optional<List<String>> addresses = IngressStatusAddresses.of(c, state);
            if (addresses.isPresent()) {
                write(claimed, addresses.get(), cause, c, "publishes " + shown(addresses.get()));
            }
        }
        seen.keySet().retainAll(livePods);
        for (IngressController gone : List.copyOf(running.values())) {
            if (!live.contains(gone.key())) {
                running.remove(gone.key());
                shutDown(gone, controllers, state, cause);
            }
        }
    }

    /**
     * statusSync.Shutdown: with --update-status-on-shutdown (the default) the last pod clears the
     * address, unless there is more than one address to publish (left to a next leader).
     */
    private void shutDown(IngressController c, IngressControllers now, NetworkState state, String cause) {
        if (!c.flags().updateStatus() || !c.flags().updateStatusOnShutdown()) {
            return;
        }
        Optional<List<String>> addresses = IngressStatusAddresses.of(c, state);
        if (addresses.isPresent() && addresses.get().size() > 1) {
            return;
        }
        write(now.claimedBy(c), List.of(), cause, c, "shut down and removes its address");
    }

    private void write(List<Ingress> claimed, List<String> addresses, String cause, IngressController c,
                       String what) {
        for (Ingress ing : claimed) {
            Ingress stored = plane.api().get(Ingress.class, ing.namespace(), ing.name()).orElse(null);
            if (stored == null || stored.statusAddresses().equals(addresses)) {
                continue;
            }
            Ingress after = new Ingress(stored.metadata(), stored.spec(), addresses, stored.origin());
            plane.writeObject(stored, after, cause + " → ingress controller " + c.key() + " " + what
                    + " in the status of Ingress " + ing.name());
        }
    }

    private void recordSyncEvents(Pod pod, List<Ingress> claimed) {
        Map<String, Ingress> versions = seen.computeIfAbsent(pod.metadata().uid(), u -> new HashMap<>());
        for (Ingress ing : claimed) {
            Ingress before = versions.put(ing.metadata().uid(), ing);
            if (!ing.equals(before)) {
                plane.kubeEvents().record(ing.metadata().uid(), "Normal", "Sync", COMPONENT, "Scheduled for sync",
                        plane.now());
            }
        }
    }

    private static String shown(List<String> addresses) {
        return addresses.isEmpty() ? "no address" : String.join(",", addresses);
    }
}
