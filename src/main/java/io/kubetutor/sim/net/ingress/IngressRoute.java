package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Ingress;
import io.kubetutor.model.IntOrString;
import io.kubetutor.sim.net.Reason;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the ingress controller does with one HTTP request. Status 200 means "proxied": the request
 * goes on to {@link #endpoint} and the backend's answer is not decided here. Any other status is
 * nginx's own answer (301/308 redirect, 400, 404 from the default backend, 503 for an upstream
 * without endpoints) with its exact {@link #headers} and {@link #body}.
 *
 * @param status        200, 301, 308, 400, 404 or 503
 * @param server        the nginx server that took the request: a rule host, a wildcard, or "_"
 * @param ingress       the Ingress whose path or default backend matched; null for the controller's own
 * @param matchedPath   the Ingress path as written ("" when none matched)
 * @param pathType      its pathType as written ("" when none)
 * @param serviceNamespace the backend Service's namespace ("" for the controller's default backend)
 * @param serviceName   the backend Service ("" for the controller's default backend)
 * @param servicePort   the port as the Ingress names it ("80" or "http"; "" when none)
 * @param targetPort    the Service port's targetPort, or null when the Service port was not found
 * @param endpoint      the chosen server, or null
 * @param upstreamUri   the URI sent to the endpoint (after rewrite-target); "" when not proxied
 * @param setCookie     the Set-Cookie header the sticky balancer adds, or null
 * @param headers       nginx's response headers for its own answers (Location, Content-Type)
 * @param body          nginx's page for its own answers; "" when proxied
 * @param tls           whether the request came over https (TLS ends at the controller)
 * @param certificate   the certificate presented, described, when tls; else ""
 * @param because       what happened, as a reason the window words in its language; {@link #reason()}
 *                      is its English
 */
public record IngressRoute(int status, String server, Ingress ingress, String matchedPath, String pathType,
                           String serviceNamespace, String serviceName, String servicePort, IntOrString targetPort,
                           IngressEndpoint endpoint, String upstreamUri, String setCookie,
                           Map<String, String> headers, String body, boolean tls, String certificate,
                           Reason because) {
    public IngressRoute {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** What happened, in the simulator's English. */
    public String reason() {
        return because.english();
    }

    /** Whether nginx proxies the request to an endpoint. */
    public boolean proxied() {
        return status == 200 && endpoint != null;
    }

    /** "Ingress default/shop" or "" for the controller's own locations. */
    public String ingressName() {
        return ingress == null ? "" : ingress.namespace() + "/" + ingress.name();
    }
}
