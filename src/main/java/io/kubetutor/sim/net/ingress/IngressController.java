package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Ingress;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import java.util.List;

/**
 * One ingress-nginx installation: the pods of one workload (a Deployment's, a StatefulSet's, or a
 * bare pod) running the controller image, with the flags they run with.
 *
 * @param namespace    where the controller runs
 * @param name         the owning workload's name (the pod's own for a bare pod)
 * @param ownerKind    Deployment, StatefulSet, DaemonSet or Pod
 * @param flags        the parsed flags
 * @param pods         the ready, running pods: where traffic for the controller can go
 * @param allPods      every pod of the controller, ready or not, not yet deleted
 * @param frontService the Service in front of the controller: --publish-service when given and
 *                     present, else a Service of its namespace selecting its pods; null if none
 * @param claims       the claim rules over the cluster the controller was found in
 */
public record IngressController(String namespace, String name, String ownerKind, ControllerFlags flags,
                                List<Pod> pods, List<Pod> allPods, Service frontService, IngressClaims claims) {
    public IngressController {
        pods = List.copyOf(pods);
        allPods = List.copyOf(allPods);
    }

    /** --controller-class: the spec.controller of the IngressClasses it keeps. */
    public String controllerClass() {
        return flags.controllerClass();
    }

    /** --ingress-class: the value of the legacy annotation it accepts. */
    public String ingressClassName() {
        return flags.ingressClass();
    }

    /** Whether this controller claims {@code ing} (see {@link IngressClaims}). */
    public boolean serves(Ingress ing) {
        return claims.claims(flags, ing);
    }

    /** Why it does or does not claim {@code ing}, in plain words. */
    public String whyServes(Ingress ing) {
        return claims.why(flags, ing);
    }

    /** Whether some pod of it runs (phase Running): the one that leads writes Ingress status. */
    public boolean running() {
        for (Pod p : allPods) {
            if (p.status().phase().equals("Running") && !p.metadata().deleting()) {
                return true;
            }
        }
        return false;
    }

    /** "ingress-nginx/ingress-nginx-controller". */
    public String key() {
        return namespace + "/" + name;
    }
}
