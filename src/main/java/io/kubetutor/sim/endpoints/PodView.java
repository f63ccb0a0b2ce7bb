package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.GoIP;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one pod contributes to each controller's object, worked out from the Service and the Pod
 * alone, so a pod change is a replace of one view.
 *
 * @param uid            the pod's uid: Endpoints sorts equal IPs by it (LessEndpointAddress)
 * @param inEndpoints    whether the pod appears in any Endpoints subset
 * @param address        its Endpoints address (null when the pod has no IP of the Service's family
 *                       or is not eligible)
 * @param ready          addresses (true) or notReadyAddresses (false); publishNotReadyAddresses folded in
 * @param endpointsPorts the resolved ports in Service order; empty for a headless Service without
 *                       ports (RepackSubsets' "no ports" sentinel)
 * @param sliceMember    its EndpointSlice endpoint, or null when the EndpointSlice controller leaves it out
 */
record PodView(String podName, String uid, boolean inEndpoints, Endpoints.Address address, boolean ready,
               List<Endpoints.Port> endpointsPorts, SliceMember sliceMember) {

    /** hashEndpoint's key: an endpoint with the same key is the same endpoint, updated in place. */
    record Identity(List<String> addresses, String hostname, String podName) {
    }

    /** One desired EndpointSlice endpoint and the port set (in the slice's order) it belongs under. */
    record SliceMember(Identity identity, List<EndpointSlice.Port> ports, EndpointSlice.Endpoint endpoint) {
    }

    static PodView of(Service service, Pod pod) {
        String phase = pod.status().phase();
        boolean terminal = phase.equals("Succeeded") || phase.equals("Failed");
        boolean hasIp = !pod.status().podIP().isEmpty() || !pod.status().podIPs().isEmpty();
        boolean deleting = pod.metadata().deleting();
        boolean publish = service.spec().publishNotReadyAddresses();
        boolean podReady = pod.status().ready();
        String hostname = shouldSetHostname(service, pod) ? pod.spec().hostname() : "";
        ObjectReference ref = new ObjectReference("Pod", pod.metadata().namespace(), pod.metadata().name());

        // Endpoints controller: ShouldPodBeInEndpoints(pod, publishNotReadyAddresses).
        boolean eligible = !terminal && hasIp && (publish || !deleting);
        String ip = eligible ? firstOfFamily(podIps(pod), endpointsWantsIpv6(service, pod)) : null;
        Endpoints.Address address = null;
        List<Endpoints.Port> ports = List.of();
        boolean inEndpoints = false;
        if (ip != null) {
            address = new Endpoints.Address(ip, hostname, pod.spec().nodeName(), ref);
            ports = endpointsPorts(service, pod);
            inEndpoints = !ports.isEmpty() || portlessHeadless(service);
        }

        // EndpointSlice controller: ShouldPodBeInEndpoints(pod, true), then the node lookup. A pod
        // with no node name has no Node; that skips it unless publishNotReadyAddresses is set.
        SliceMember member = null;
        boolean nodeKnown = !pod.spec().nodeName().isEmpty();
        if (!terminal && hasIp && (nodeKnown || publish)) {
            member = sliceMember(service, pod, hostname, ref, podReady, deleting, publish);
        }
        return new PodView(pod.metadata().name(), pod.metadata().uid(), inEndpoints, address, publish || podReady,
                ports, member);
    }

    /** The address type of the Service's slices: its primary family (the simulator is single-stack). */
    static String addressType(Service service) {
        List<String> families = service.spec().ipFamilies();
        if (!families.isEmpty()) {
            return families.get(0).equals("IPv6") ? "IPv6" : "IPv4";
        }
        String clusterIp = service.spec().clusterIP();
        return isServiceIpSet(service) && GoIP.isIPv6String(clusterIp) ? "IPv6" : "IPv4";
    }

    /** helper.IsServiceIPSet: a ClusterIP that is neither empty nor None. */
    static boolean isServiceIpSet(Service service) {
        String clusterIp = service.spec().clusterIP();
        return !clusterIp.isEmpty() && !clusterIp.equals("None");
    }

    /** Headless with no ports: the controllers list addresses without ports. */
    static boolean portlessHeadless(Service service) {
        return service.spec().ports().isEmpty() && service.spec().clusterIP().equals("None");
    }

    /** ShouldSetHostname: spec.hostname set and spec.subdomain naming this Service in the same namespace. */
    private static boolean shouldSetHostname(Service service, Pod pod) {
        return !pod.spec().hostname().isEmpty() && pod.spec().subdomain().equals(service.metadata().name())
                && service.metadata().namespace().equals(pod.metadata().namespace());
    }

    /** status.podIPs; a manifest that pins only podIP stands for a one-element podIPs. */
    private static List<String> podIps(Pod pod) {
        if (!pod.status().podIPs().isEmpty()) {
            return pod.status().podIPs();
        }
        return pod.status().podIP().isEmpty() ? List.of() : List.of(pod.status().podIP());
    }

    /** podToEndpointAddressForService: the family is ipFamilies[0], else the ClusterIP's, else the pod IP's. */
    private static boolean endpointsWantsIpv6(Service service, Pod pod) {
        if (!service.spec().ipFamilies().isEmpty()) {
            return service.spec().ipFamilies().get(0).equals("IPv6");
        }
        if (isServiceIpSet(service)) {
            return GoIP.isIPv6String(service.spec().clusterIP());
        }
        return GoIP.isIPv6String(pod.status().podIP());
    }

    private static String firstOfFamily(List<String> ips, boolean ipv6) {
        for (String ip : ips) {
            if (GoIP.isIPv6String(ip) == ipv6) {
                return ip;
            }
        }
        return null;
    }

    private static List<Endpoints.Port> endpointsPorts(Service service, Pod pod) {
        List<Endpoints.Port> ports = new ArrayList<>();
        for (ServicePort sp : service.spec().ports()) {
            Integer target = TargetPorts.find(pod, sp);
            if (target != null) {
                ports.add(new Endpoints.Port(sp.name(), target, TargetPorts.protocol(sp.protocol()),
                        sp.appProtocol()));
            }
        }
        return List.copyOf(ports);
    }

    private static SliceMember sliceMember(Service service, Pod pod, String hostname, ObjectReference ref,
                                           boolean serving, boolean terminating, boolean publish) {
        boolean wantIpv6 = addressType(service).equals("IPv6");
        List<String> addresses = new ArrayList<>();
        for (String ip : podIps(pod)) {
            if (GoIP.isIPv6String(ip) == wantIpv6) {
                // getEndpointAddresses re-renders each IP after a sloppy parse ("010.0.0.1" -> "10.0.0.1").
                addresses.add(wantIpv6 ? ip : Ipv4.parseSloppy(ip).map(Ipv4::toString).orElse(ip));
            }
        }
        if (addresses.isEmpty()) {
            return null;
        }
        List<EndpointSlice.Port> ports = new ArrayList<>();
        if (!portlessHeadless(service)) {
            for (ServicePort sp : service.spec().ports()) {
                Integer target = TargetPorts.find(pod, sp);
                if (target != null) {
                    ports.add(new EndpointSlice.Port(sp.name(), target, TargetPorts.protocol(sp.protocol()),
                            sp.appProtocol()));
                }
            }
        }
        ports.sort(Comparator.comparing(GoHashes::slicePortHashHex));
        boolean ready = publish || (serving && !terminating);
        String nodeName = pod.spec().nodeName().isEmpty() ? null : pod.spec().nodeName();
        EndpointSlice.Endpoint endpoint = new EndpointSlice.Endpoint(addresses,
                new EndpointSlice.Conditions(ready, serving, terminating), hostname.isEmpty() ? null : hostname,
                nodeName, null, ref);
        List<String> sorted = new ArrayList<>(addresses);
        sorted.sort(null);
        return new SliceMember(new Identity(List.copyOf(sorted), hostname, pod.metadata().name()),
                List.copyOf(ports), endpoint);
    }
}
