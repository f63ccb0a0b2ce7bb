package io.kubetutor.manifest.decode;

import static io.kubetutor.manifest.decode.PodModels.meta;

import io.kubetutor.manifest.decode.JValue.JArray;
import io.kubetutor.manifest.decode.JValue.JObject;
import io.kubetutor.manifest.decode.JValue.JString;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.model.SessionAffinityConfig;
import java.util.ArrayList;
import java.util.List;

/** Builds Services, Endpoints, EndpointSlices, Namespaces and Ingresses from decoded structs, without defaults. */
final class NetworkModels {
    private NetworkModels() {
    }

    static Service service(Decoded root, Origin origin) {
        Decoded s = root.objOrEmpty("spec");
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = s.str("type");
        b.clusterIP = s.str("clusterIP");
        b.clusterIPs = s.strs("clusterIPs");
        b.selector = s.strMap("selector");
        b.ports = servicePorts(s);
        b.sessionAffinity = s.str("sessionAffinity");
        b.sessionAffinityConfig = affinityConfig(s.obj("sessionAffinityConfig"));
        b.externalIPs = s.strs("externalIPs");
        b.externalName = s.str("externalName");
        b.externalTrafficPolicy = s.str("externalTrafficPolicy");
        b.internalTrafficPolicy = s.strOrNull("internalTrafficPolicy");
        b.healthCheckNodePort = s.int32("healthCheckNodePort");
        b.loadBalancerIP = s.str("loadBalancerIP");
        b.loadBalancerSourceRanges = s.strs("loadBalancerSourceRanges");
        b.loadBalancerClass = s.strOrNull("loadBalancerClass");
        b.allocateLoadBalancerNodePorts = s.boolOrNull("allocateLoadBalancerNodePorts");
        b.publishNotReadyAddresses = s.bool("publishNotReadyAddresses");
        b.ipFamilies = s.strs("ipFamilies");
        b.ipFamilyPolicy = s.strOrNull("ipFamilyPolicy");
        b.trafficDistribution = s.strOrNull("trafficDistribution");
        return new Service(meta(root.objOrEmpty("metadata")), b.build(), serviceStatus(root.obj("status")), origin);
    }

    private static List<ServicePort> servicePorts(Decoded spec) {
        List<ServicePort> out = new ArrayList<>();
        for (Decoded p : spec.objs("ports")) {
            out.add(new ServicePort(p.str("name"), p.str("protocol"), p.strOrNull("appProtocol"), p.int32("port"),
                    p.intOrString("targetPort"), p.int32("nodePort")));
        }
        return out;
    }

    private static SessionAffinityConfig affinityConfig(Decoded c) {
        if (c == null) {
            return null;
        }
        Decoded clientIP = c.obj("clientIP");
        return new SessionAffinityConfig(clientIP == null ? null
                : new SessionAffinityConfig.ClientIPConfig(clientIP.int32OrNull("timeoutSeconds")));
    }

    private static ServiceStatus serviceStatus(Decoded s) {
        if (s == null) {
            return ServiceStatus.EMPTY;
        }
        List<ServiceStatus.LoadBalancerIngress> ingress = new ArrayList<>();
        for (Decoded i : s.objOrEmpty("loadBalancer").objs("ingress")) {
            ingress.add(new ServiceStatus.LoadBalancerIngress(i.str("ip"), i.str("hostname"), i.strOrNull("ipMode")));
        }
        return new ServiceStatus(ingress);
    }

    static Endpoints endpoints(Decoded root, Origin origin) {
        List<Endpoints.Subset> subsets = new ArrayList<>();
        for (Decoded s : root.objs("subsets")) {
            List<Endpoints.Port> ports = new ArrayList<>();
            for (Decoded p : s.objs("ports")) {
                ports.add(new Endpoints.Port(p.str("name"), p.int32("port"), p.str("protocol"),
                        p.strOrNull("appProtocol")));
            }
            subsets.add(new Endpoints.Subset(addresses(s.objs("addresses")), addresses(s.objs("notReadyAddresses")),
                    ports));
        }
        return new Endpoints(meta(root.objOrEmpty("metadata")), subsets, origin);
    }

    private static List<Endpoints.Address> addresses(List<Decoded> in) {
        List<Endpoints.Address> out = new ArrayList<>();
        for (Decoded a : in) {
            out.add(new Endpoints.Address(a.str("ip"), a.str("hostname"), a.strOrNull("nodeName"),
                    reference(a.obj("targetRef"))));
        }
        return out;
    }

    private static ObjectReference reference(Decoded r) {
        return r == null ? null : new ObjectReference(r.str("kind"), r.str("namespace"), r.str("name"));
    }

    static EndpointSlice endpointSlice(Decoded root, Origin origin) {
        List<EndpointSlice.Endpoint> endpoints = new ArrayList<>();
        for (Decoded e : root.objs("endpoints")) {
            Decoded c = e.objOrEmpty("conditions");
            endpoints.add(new EndpointSlice.Endpoint(e.strs("addresses"),
                    new EndpointSlice.Conditions(c.boolOrNull("ready"), c.boolOrNull("serving"),
                            c.boolOrNull("terminating")),
                    e.strOrNull("hostname"), e.strOrNull("nodeName"), e.strOrNull("zone"),
                    reference(e.obj("targetRef"))));
        }
        List<EndpointSlice.Port> ports = new ArrayList<>();
        for (Decoded p : root.objs("ports")) {
            ports.add(new EndpointSlice.Port(p.strOrNull("name"), p.int32OrNull("port"), p.strOrNull("protocol"),
                    p.strOrNull("appProtocol")));
        }
        return new EndpointSlice(meta(root.objOrEmpty("metadata")), root.str("addressType"), endpoints, ports,
                origin);
    }

    static Namespace namespace(Decoded root, Origin origin) {
        return new Namespace(meta(root.objOrEmpty("metadata")), origin);
    }

    static IngressClass ingressClass(Decoded root, Origin origin) {
        return new IngressClass(meta(root.objOrEmpty("metadata")),
                root.objOrEmpty("spec").str("controller"), origin);
    }

    static Ingress ingress(Decoded root, Origin origin) {
        Decoded s = root.objOrEmpty("spec");
        List<Ingress.Tls> tls = new ArrayList<>();
        for (Decoded t : s.objs("tls")) {
            tls.add(new Ingress.Tls(t.strs("hosts"), t.str("secretName")));
        }
        List<Ingress.Rule> rules = new ArrayList<>();
        for (Decoded r : s.objs("rules")) {
            Decoded http = r.obj("http");
            rules.add(new Ingress.Rule(r.str("host"), http == null ? null : new Ingress.Http(paths(http))));
        }
        Ingress.Spec spec = new Ingress.Spec(s.strOrNull("ingressClassName"), backend(s.obj("defaultBackend")), tls,
                rules);
        return new Ingress(meta(root.objOrEmpty("metadata")), spec, statusAddresses(root.raw("status")), origin);
    }

    private static List<Ingress.Path> paths(Decoded http) {
        List<Ingress.Path> out = new ArrayList<>();
        for (Decoded p : http.objs("paths")) {
            out.add(new Ingress.Path(p.str("path"), p.strOrNull("pathType"), backend(p.obj("backend"))));
        }
        return out;
    }

    private static Ingress.Backend backend(Decoded b) {
        if (b == null) {
            return null;
        }
        Decoded svc = b.obj("service");
        Decoded res = b.obj("resource");
        Ingress.ServiceBackend service = null;
        if (svc != null) {
            Decoded port = svc.obj("port");
            service = new Ingress.ServiceBackend(svc.str("name"),
                    port == null ? null : new Ingress.BackendPort(port.str("name"), port.int32("number")));
        }
        Ingress.ResourceRef resource = res == null ? null
                : new Ingress.ResourceRef(res.strOrNull("apiGroup"), res.str("kind"), res.str("name"));
        return new Ingress.Backend(service, resource);
    }

    /**
     * The addresses a manifest pins in an Ingress's status (status.loadBalancer.ingress[].ip or
     * hostname). The status is not type-checked, so only well-formed strings are read.
     */
    private static List<String> statusAddresses(JValue status) {
        List<String> out = new ArrayList<>();
        if (status instanceof JObject s && s.get("loadBalancer") instanceof JObject lb
                && lb.get("ingress") instanceof JArray ingress) {
            for (JValue item : ingress.items()) {
                if (item instanceof JObject o) {
                    if (o.get("ip") instanceof JString ip && !ip.value().isEmpty()) {
                        out.add(ip.value());
                    } else if (o.get("hostname") instanceof JString host && !host.value().isEmpty()) {
                        out.add(host.value());
                    }
                }
            }
        }
        return out;
    }
}
