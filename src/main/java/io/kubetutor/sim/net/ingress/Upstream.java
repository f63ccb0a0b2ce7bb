package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.sim.net.NetworkState;
import io.kubetutor.sim.net.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An nginx upstream's servers as ingress-nginx fills them (serviceEndpoints,
 * getEndpointsFromSlices): the Service port the Ingress names (by number, by targetPort, or by
 * name), then the ready endpoints of the Service's EndpointSlices for that port name, each
 * address:port once. The controller sends to these pod addresses itself; the ClusterIP and
 * kube-proxy are not on the path.
 *
 * @param service   the Service, or null when it does not exist
 * @param port      the Service port the backend resolved to, or null
 * @param endpoints the servers, in slice order
 * @param problem   why there are none ({@link Reason#NONE} when there are some)
 */
record Upstream(Service service, ServicePort port, List<IngressEndpoint> endpoints, Reason problem) {

    static Upstream resolve(NetworkState s, String namespace, String serviceName, String backendPort) {
        Service svc = s.service(namespace, serviceName);
        if (svc == null) {
            return new Upstream(null, null, List.of(), Reason.of("upstream.serviceNotFound",
                    namespace + "/" + serviceName));
        }
        if (svc.spec().type().equals("ExternalName")) {
            int port = parsePort(backendPort);
            IngressEndpoint external = new IngressEndpoint(svc.spec().externalName(), port, "", "", "");
            return new Upstream(svc, null, List.of(external), Reason.NONE);
        }
        ServicePort sp = null;
        for (ServicePort p : svc.spec().ports()) {
            if (Integer.toString(p.port()).equals(backendPort) || p.targetPort().toString().equals(backendPort)
                    || p.name().equals(backendPort)) {
                sp = p;
                break;
            }
        }
        if (sp == null) {
            return new Upstream(svc, null, List.of(), Reason.of("upstream.noSuchPort", serviceName, backendPort));
        }
        return fromSlices(s, svc, sp);
    }

    /** The default backend service's endpoints: its first port, as getDefaultUpstream takes it. */
    static Upstream firstPort(NetworkState s, Service svc) {
        if (svc.spec().ports().isEmpty()) {
            return new Upstream(svc, null, List.of(), Reason.of("upstream.noPorts", svc.name()));
        }
        return fromSlices(s, svc, svc.spec().ports().get(0));
    }

    private static Upstream fromSlices(NetworkState s, Service svc, ServicePort sp) {
        List<IngressEndpoint> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EndpointSlice slice : s.slicesOf(svc.namespace(), svc.name())) {
            for (EndpointSlice.Port p : slice.ports()) {
                String name = p.name() == null ? "" : p.name();
                if (!name.equals(sp.name()) || p.port() == null) {
                    continue;
                }
                for (EndpointSlice.Endpoint e : slice.endpoints()) {
                    // Only an endpoint marked not ready is skipped; an unknown condition counts as ready.
                    if (Boolean.FALSE.equals(e.conditions().ready())) {
                        continue;
                    }
                    for (String ip : e.addresses()) {
                        if (seen.add(ip + ":" + p.port())) {
                            out.add(endpoint(s, svc, e, ip, p.port()));
                        }
                    }
                }
            }
        }
        Reason problem = out.isEmpty() ? Reason.of("upstream.noReadyEndpoints", svc.name()) : Reason.NONE;
        return new Upstream(svc, sp, out, problem);
    }

    private static IngressEndpoint endpoint(NetworkState s, Service svc, EndpointSlice.Endpoint e, String ip,
                                            int port) {
        Pod pod = null;
        if (e.targetRef() != null && e.targetRef().kind().equals("Pod")) {
            pod = s.pod(e.targetRef().namespace().isEmpty() ? svc.namespace() : e.targetRef().namespace(),
                    e.targetRef().name());
        }
        if (pod == null) {
            pod = s.podByIp(ip);
        }
        String node = e.nodeName() != null ? e.nodeName() : pod == null ? "" : pod.spec().nodeName();
        return new IngressEndpoint(ip, port, pod == null ? "" : pod.namespace(), pod == null ? "" : pod.name(),
                node);
    }

    private static int parsePort(String p) {
        try {
            return Integer.parseInt(p);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
