package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Ingress;
import io.kubetutor.sim.net.Reason;

/**
 * One location block of an nginx server as ingress-nginx writes it.
 *
 * @param path           the location's path ({@code /cart/} for Prefix {@code /cart})
 * @param exact          an {@code = path} location (Exact, or the exact twin of a Prefix path)
 * @param ingressPath    the path as the Ingress wrote it: nginx's {@code $location_path}
 * @param pathType       the pathType as ingress-nginx sees it (ImplementationSpecific reads as Prefix)
 * @param writtenType    the pathType as the Ingress wrote it
 * @param ingress        the Ingress it comes from; null for the controller's own root location
 * @param backend        what it proxies to
 * @param annotations    the annotations of {@code ingress} that apply to it
 * @param defaultBackend a server's root location still pointing at a default backend
 */
public record NginxLocation(String path, boolean exact, String ingressPath, String pathType, String writtenType,
                            Ingress ingress, BackendRef backend, IngressAnnotations annotations,
                            boolean defaultBackend) {
    static final String ROOT = "/";

    /** A server's root location "/" sending to a default backend. */
    static NginxLocation root(Ingress ingress, BackendRef backend, IngressAnnotations annotations) {
        return new NginxLocation(ROOT, false, ROOT, "Prefix", "Prefix", ingress, backend, annotations, true);
    }

    NginxLocation withPath(String p, boolean ex) {
        return new NginxLocation(p, ex, ingressPath, pathType, writtenType, ingress, backend, annotations,
                defaultBackend);
    }

    /** "Prefix /cart of Ingress default/shop". */
    Reason describe() {
        String written = writtenType == null ? "Prefix" : writtenType;
        return ingress == null ? Reason.of("ingress.location", written, ingressPath)
                : Reason.of("ingress.locationOfIngress", written, ingressPath,
                ingress.namespace() + "/" + ingress.name());
    }
}
