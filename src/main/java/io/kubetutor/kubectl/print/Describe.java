package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.DescribeWriter.LEVEL_0;
import static io.kubetutor.kubectl.print.DescribeWriter.LEVEL_1;
import static io.kubetutor.kubectl.print.DescribeWriter.LEVEL_2;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus.LoadBalancerIngress;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl describe} for Services, Endpoints and Pods, byte for byte as kubectl's describers
 * (kubectl pkg/describe/describe.go) print them. A null event list means events were not asked for
 * and leaves the Events section out; an empty one prints {@code Events: <none>}.
 */
public final class Describe {
    private Describe() {
    }

    /** describeService; {@code slicesOfIt} are the EndpointSlices labelled with the Service's name. */
    public static String service(Service svc, List<EndpointSlice> slicesOfIt, List<EventRow> events, long now) {
        ServiceSpec spec = svc.spec();
        DescribeWriter w = new DescribeWriter();
        w.write(LEVEL_0, "Name:\t" + svc.metadata().name() + "\n");
        w.write(LEVEL_0, "Namespace:\t" + svc.metadata().namespace() + "\n");
        w.labels("Labels", svc.metadata().labels());
        w.annotations(svc.metadata().annotations());
        w.write(LEVEL_0, "Selector:\t" + LabelText.format(spec.selector()) + "\n");
        w.write(LEVEL_0, "Type:\t" + spec.type() + "\n");
        if (spec.ipFamilyPolicy() != null) {
            w.write(LEVEL_0, "IP Family Policy:\t" + spec.ipFamilyPolicy() + "\n");
        }
        w.write(LEVEL_0, "IP Families:\t" + joinedOrNone(spec.ipFamilies()) + "\n");
        w.write(LEVEL_0, "IP:\t" + spec.clusterIP() + "\n");
        w.write(LEVEL_0, "IPs:\t" + joinedOrNone(spec.clusterIPs()) + "\n");
        if (!spec.externalIPs().isEmpty()) {
            w.write(LEVEL_0, "External IPs:\t" + String.join(",", spec.externalIPs()) + "\n");
        }
        if (!spec.loadBalancerIP().isEmpty()) {
            w.write(LEVEL_0, "Desired LoadBalancer IP:\t" + spec.loadBalancerIP() + "\n");
        }
        if (!spec.externalName().isEmpty()) {
            w.write(LEVEL_0, "External Name:\t" + spec.externalName() + "\n");
        }
        if (!svc.status().loadBalancerIngress().isEmpty()) {
            w.write(LEVEL_0, "LoadBalancer Ingress:\t" + ingressString(svc.status().loadBalancerIngress()) + "\n");
        }
        for (ServicePort sp : spec.ports()) {
            String name = sp.name().isEmpty() ? "<unset>" : sp.name();
            String proto = Defaulted.protocol(sp.protocol());
            w.write(LEVEL_0, "Port:\t" + name + "\t" + sp.port() + "/" + proto + "\n");
            // An int targetPort prints as its number, a named one as its name (IntOrString).
            w.write(LEVEL_0, "TargetPort:\t" + sp.targetPort() + "/" + proto + "\n");
            if (sp.nodePort() != 0) {
                w.write(LEVEL_0, "NodePort:\t" + name + "\t" + sp.nodePort() + "/" + proto + "\n");
            }
            w.write(LEVEL_0, "Endpoints:\t" + EndpointLists.describeSlices(slicesOfIt, sp.name()) + "\n");
        }
        w.write(LEVEL_0, "Session Affinity:\t" + spec.sessionAffinity() + "\n");
        if (!spec.externalTrafficPolicy().isEmpty()) {
            w.write(LEVEL_0, "External Traffic Policy:\t" + spec.externalTrafficPolicy() + "\n");
        }
        if (spec.internalTrafficPolicy() != null) {
            w.write(LEVEL_0, "Internal Traffic Policy:\t" + spec.internalTrafficPolicy() + "\n");
        }
        if (spec.healthCheckNodePort() != 0) {
            w.write(LEVEL_0, "HealthCheck NodePort:\t" + spec.healthCheckNodePort() + "\n");
        }
        if (!spec.loadBalancerSourceRanges().isEmpty()) {
            w.write(LEVEL_0, "LoadBalancer Source Ranges:\t" + String.join(",", spec.loadBalancerSourceRanges()) + "\n");
        }
        if (spec.trafficDistribution() != null && !spec.trafficDistribution().isEmpty()) {
            w.write(LEVEL_0, "Traffic Distribution:\t" + spec.trafficDistribution() + "\n");
        }
        w.events(events, now);
        return w.text();
    }

    /** describeEndpoints: each subset's ready and not-ready IPs and its ports table, then a blank line. */
    public static String endpoints(Endpoints ep, List<EventRow> events, long now) {
        DescribeWriter w = new DescribeWriter();
        w.write(LEVEL_0, "Name:\t" + ep.metadata().name() + "\n");
        w.write(LEVEL_0, "Namespace:\t" + ep.metadata().namespace() + "\n");
        w.labels("Labels", ep.metadata().labels());
        w.annotations(ep.metadata().annotations());
        w.write(LEVEL_0, "Subsets:\n");
        for (Endpoints.Subset subset : ep.subsets()) {
            w.write(LEVEL_1, "Addresses:\t" + ipsOrNone(subset.addresses()) + "\n");
            w.write(LEVEL_1, "NotReadyAddresses:\t" + ipsOrNone(subset.notReadyAddresses()) + "\n");
            if (!subset.ports().isEmpty()) {
                w.write(LEVEL_1, "Ports:\n");
                w.write(LEVEL_2, "Name\tPort\tProtocol\n");
                w.write(LEVEL_2, "----\t----\t--------\n");
                for (Endpoints.Port port : subset.ports()) {
                    String name = port.name().isEmpty() ? "<unset>" : port.name();
                    w.write(LEVEL_2, name + "\t" + port.port() + "\t" + Defaulted.protocol(port.protocol()) + "\n");
                }
            }
            w.write(LEVEL_0, "\n");
        }
        w.events(events, now);
        return w.text();
    }

    /** describePod, the parts of it the model can supply (see {@link PodDescription}). */
    public static String pod(Pod pod, List<EventRow> events, long now) {
        return PodDescription.of(pod, events, now);
    }

    /** buildIngressString: IPs (with " (ipMode)" when set) or hostnames, ", "-joined. */
    private static String ingressString(List<LoadBalancerIngress> ingress) {
        List<String> parts = new ArrayList<>();
        for (LoadBalancerIngress in : ingress) {
            if (!in.ip().isEmpty()) {
                parts.add(in.ipMode() == null ? in.ip() : in.ip() + " (" + in.ipMode() + ")");
            } else {
                parts.add(in.hostname());
            }
        }
        return String.join(", ", parts);
    }

    private static String joinedOrNone(List<String> values) {
        return values.isEmpty() ? "<none>" : String.join(",", values);
    }

    private static String ipsOrNone(List<Endpoints.Address> addresses) {
        List<String> ips = new ArrayList<>();
        for (Endpoints.Address a : addresses) {
            ips.add(a.ip());
        }
        String joined = String.join(",", ips);
        return joined.isEmpty() ? "<none>" : joined;
    }
}
