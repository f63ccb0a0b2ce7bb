package io.kubetutor.sim;

import io.kubetutor.manifest.validate.Defaults;
import io.kubetutor.manifest.validate.ServiceAllocationDefaults;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a fresh kubeadm cluster holds before anyone applies anything: the four namespaces, the
 * {@code kubernetes} Service at the first address of the service CIDR with the apiserver's
 * Endpoints and EndpointSlice, the {@code kube-dns} Service at the tenth address and the CoreDNS
 * Deployment behind it with its two pods running; and, when the topology comes with an ingress
 * controller, ingress-nginx as its static manifest installs it.
 */
final class SystemObjects {
    static final int APISERVER_PORT = 6443;
    static final int DNS_SERVICE_INDEX = 10;

    private SystemObjects() {
    }

    /**
     * Builds the objects, stamped by {@code stamp} at {@code now}, in the order they were created.
     * The kubeadm Services take their fixed ClusterIPs from {@code ips}; ingress-nginx's Services are
     * created through {@code services} as any Service is (allocated from the pools).
     */
    static List<KubeObject> bootstrap(ClusterTopology topology, ClusterIpAllocator ips, ServiceWriter services,
                                      UnaryOperator<KubeObject> stamp, long now) {
        List<KubeObject> out = new ArrayList<>();
        boolean ingress = topology.ingressController().enabled();
        for (String ns : List.of("default", "kube-node-lease", "kube-public", "kube-system")) {
            // SetDefaults_Namespace labels every namespace with its own name.
            out.add(stamp.apply(new Namespace(new ObjectMeta(ns, "", "",
                    Map.of("kubernetes.io/metadata.name", ns), Map.of()), null)));
        }
        String apiIp = ips.addressAt(1);
        String dnsIp = ips.addressAt(DNS_SERVICE_INDEX);
        try {
            ips.allocate(apiIp);
            ips.allocate(dnsIp);
        } catch (AllocationException e) {
            throw new IllegalStateException("service CIDR " + ips.cidr() + " cannot hold the system Services", e);
        }
        List<String> families = ServiceAllocationDefaults.clusterFamilies(topology);
        out.add(stamp.apply(kubernetesService(apiIp, families)));
        String nodeIp = apiserverAddress(topology);
        if (nodeIp != null) {
            out.add(stamp.apply(kubernetesEndpoints(nodeIp)));
            out.add(stamp.apply(kubernetesEndpointSlice(nodeIp)));
        }
        out.add(stamp.apply(kubeDnsService(dnsIp, families)));
        SystemWorkloads workloads = new SystemWorkloads(topology, stamp, now);
        out.addAll(workloads.deploy(CoreDns.deployment(), workloads.controlPlaneNode()));
        if (ingress) {
            boolean cloud = topology.cloudLoadBalancer().enabled();
            out.add(stamp.apply(Defaults.apply(IngressNginx.namespace())));
            out.add(stamp.apply(created(services, IngressNginx.controllerService(cloud))));
            out.add(stamp.apply(created(services, IngressNginx.admissionService())));
            out.addAll(workloads.deploy(IngressNginx.deployment(cloud), workloads.leastLoadedWorker()));
            out.add(stamp.apply(IngressNginx.ingressClass()));
        }
        return out;
    }

    /** A Service created as the registry creates any: defaulted, IP families set, addresses and ports allocated. */
    private static Service created(ServiceWriter services, Service manifest) {
        try {
            ServiceWriter.Prepared p = services.beginCreate((Service) Defaults.apply(manifest));
            p.journal().commit();
            return p.service();
        } catch (Refused r) {
            throw new IllegalStateException("system Service " + manifest.name() + " is refused: " + r.error(), r);
        }
    }

    /** The control-plane node's address, else the first node's (the apiserver runs somewhere). */
    static String apiserverAddress(ClusterTopology topology) {
        for (ClusterTopology.Node n : topology.nodes()) {
            if (n.controlPlane()) {
                return n.ip();
            }
        }
        return topology.nodes().isEmpty() ? null : topology.nodes().get(0).ip();
    }

    private static Service kubernetesService(String ip, List<String> families) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("component", "apiserver");
        labels.put("provider", "kubernetes");
        ServiceSpec.Builder b = clusterIpSpec(ip);
        b.ports = List.of(new ServicePort("https", "TCP", null, 443, IntOrString.of(APISERVER_PORT), 0));
        return stored(new ObjectMeta("kubernetes", "", "default", labels, Map.of()), b, families);
    }

    private static Endpoints kubernetesEndpoints(String nodeIp) {
        // The apiserver's reconciler keeps this one; the mirroring controller must skip it.
        ObjectMeta meta = new ObjectMeta("kubernetes", "", "default",
                Map.of("endpointslice.kubernetes.io/skip-mirror", "true"), Map.of());
        Endpoints.Subset subset = new Endpoints.Subset(
                List.of(new Endpoints.Address(nodeIp, "", null, null)), List.of(),
                List.of(new Endpoints.Port("https", APISERVER_PORT, "TCP", null)));
        return new Endpoints(meta, List.of(subset), null);
    }

    private static EndpointSlice kubernetesEndpointSlice(String nodeIp) {
        ObjectMeta meta = new ObjectMeta("kubernetes", "", "default",
                Map.of("kubernetes.io/service-name", "kubernetes"), Map.of());
        EndpointSlice.Endpoint endpoint = new EndpointSlice.Endpoint(List.of(nodeIp),
                new EndpointSlice.Conditions(true, null, null), null, null, null, null);
        return new EndpointSlice(meta, "IPv4", List.of(endpoint),
                List.of(new EndpointSlice.Port("https", APISERVER_PORT, "TCP", null)), null);
    }

    private static Service kubeDnsService(String ip, List<String> families) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("k8s-app", "kube-dns");
        labels.put("kubernetes.io/cluster-service", "true");
        labels.put("kubernetes.io/name", "CoreDNS");
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("prometheus.io/port", "9153");
        annotations.put("prometheus.io/scrape", "true");
        ServiceSpec.Builder b = clusterIpSpec(ip);
        b.selector = Map.of("k8s-app", "kube-dns");
        b.ports = List.of(
                new ServicePort("dns", "UDP", null, 53, IntOrString.of(53), 0),
                new ServicePort("dns-tcp", "TCP", null, 53, IntOrString.of(53), 0),
                new ServicePort("metrics", "TCP", null, 9153, IntOrString.of(9153), 0));
        return stored(new ObjectMeta("kube-dns", "", "kube-system", labels, annotations), b, families);
    }

    /** A ClusterIP spec at {@code ip}, as its creator writes it. */
    private static ServiceSpec.Builder clusterIpSpec(String ip) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = ServiceTypes.CLUSTER_IP;
        b.clusterIP = ip;
        return b;
    }

    /**
     * The Service as the server stores it: defaulted, then given its IP families as on create (the
     * apiserver and kubeadm create these through the same registry). The address is already taken.
     */
    private static Service stored(ObjectMeta meta, ServiceSpec.Builder spec, List<String> families) {
        Service defaulted = (Service) Defaults.apply(new Service(meta, spec.build(), null, null));
        ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields(
                ServiceAllocationDefaults.normalizeClusterIPs(defaulted), null, families);
        if (!r.ok()) {
            throw new IllegalStateException("system Service " + meta.name() + " is invalid: " + r.errors());
        }
        return r.service();
    }
}
