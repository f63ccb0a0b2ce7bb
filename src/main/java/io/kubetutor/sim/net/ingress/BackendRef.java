package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Ingress;

/**
 * What an nginx location proxies to: a Service port named by an Ingress backend, or the
 * controller's own default backend (service ""). Each is one nginx upstream, named as
 * ingress-nginx names it: {@code namespace-service-port} (the port's number, else its name), or
 * {@code upstream-default-backend}.
 */
public record BackendRef(String namespace, String service, Ingress.BackendPort port) {
    public static final String DEFAULT_UPSTREAM = "upstream-default-backend";
    public static final BackendRef CONTROLLER_DEFAULT = new BackendRef("", "", null);

    static BackendRef of(String namespace, Ingress.ServiceBackend b) {
        return new BackendRef(namespace, b.name(), b.port() == null ? new Ingress.BackendPort("", 0) : b.port());
    }

    public boolean controllerDefault() {
        return service.isEmpty();
    }

    public String upstreamName() {
        if (controllerDefault()) {
            return DEFAULT_UPSTREAM;
        }
        return namespace + "-" + service + "-" + portText();
    }

    /** The port as the Ingress names it: "80" or "http". */
    public String portText() {
        if (port == null) {
            return "";
        }
        return port.number() > 0 ? Integer.toString(port.number()) : port.name();
    }
}
