package io.kubetutor.manifest.validate;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.model.ServiceTypes;
import io.kubetutor.model.SessionAffinityConfig;
import io.kubetutor.model.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API defaulting (SetDefaults_* of pkg/apis/core/v1, apps/v1 and discovery/v1, v1.33) applied
 * at decode time, before allocation and validation.
 */
public final class Defaults {
    private Defaults() {
    }

    /** Returns the object with every v1 default applied; objects of other kinds come back as they are. */
    public static KubeObject apply(KubeObject o) {
        if (o instanceof Service s) {
            return service(s);
        }
        if (o instanceof Pod p) {
            return p.withSpec(PodDefaults.podSpec(p.spec(), true));
        }
        if (o instanceof Deployment d) {
            Deployment.Spec s = d.spec();
            String type = s.strategyType().isEmpty() ? "RollingUpdate" : s.strategyType();
            Deployment.RollingUpdate rolling = s.rollingUpdate();
            if (type.equals("RollingUpdate")) {
                // SetDefaults_Deployment: 25% each, only for RollingUpdate (Recreate keeps what was written).
                IntOrString quarter = IntOrString.of("25%");
                rolling = new Deployment.RollingUpdate(
                        rolling == null || rolling.maxUnavailable() == null ? quarter : rolling.maxUnavailable(),
                        rolling == null || rolling.maxSurge() == null ? quarter : rolling.maxSurge());
            }
            return d.withSpec(new Deployment.Spec(one(s.replicas()), s.selector(), template(s.template()), type,
                    s.minReadySeconds(), rolling));
        }
        if (o instanceof ReplicaSet rs) {
            ReplicaSet.Spec s = rs.spec();
            return rs.withSpec(new ReplicaSet.Spec(one(s.replicas()), s.selector(), template(s.template()),
                    s.minReadySeconds()));
        }
        if (o instanceof ReplicationController rc) {
            return replicationController(rc);
        }
        if (o instanceof StatefulSet ss) {
            StatefulSet.Spec s = ss.spec();
            return ss.withSpec(new StatefulSet.Spec(one(s.replicas()), s.selector(), template(s.template()),
                    s.serviceName(), s.podManagementPolicy().isEmpty() ? "OrderedReady" : s.podManagementPolicy(),
                    s.minReadySeconds()));
        }
        if (o instanceof Endpoints ep) {
            return endpoints(ep);
        }
        if (o instanceof EndpointSlice es) {
            List<EndpointSlice.Port> ports = new ArrayList<>();
            for (EndpointSlice.Port p : es.ports()) {
                ports.add(new EndpointSlice.Port(p.name() == null ? "" : p.name(), p.port(),
                        p.protocol() == null ? "TCP" : p.protocol(), p.appProtocol()));
            }
            return new EndpointSlice(es.metadata(), es.addressType(), es.endpoints(), ports, es.origin());
        }
        if (o instanceof Namespace ns && !ns.metadata().name().isEmpty()) {
            // Every named Namespace carries its own name as a label.
            Map<String, String> labels = new LinkedHashMap<>(ns.metadata().labels());
            labels.put("kubernetes.io/metadata.name", ns.metadata().name());
            return new Namespace(ns.metadata().withLabels(labels), ns.origin());
        }
        return o;
    }

    /** A zero-valued PodSpec after defaulting, as an absent pod template's spec ends up. */
    static PodSpec emptyPodSpec() {
        return PodDefaults.podSpec(emptySpec(), false);
    }

    private static PodSpec emptySpec() {
        return new PodSpec(null, null, null, null, null, null, null, null, false);
    }

    private static Integer one(Integer replicas) {
        return replicas == null ? 1 : replicas;
    }

    /** A workload's template is a struct upstream, so an absent one is defaulted like an empty one. */
    private static PodTemplateSpec template(PodTemplateSpec t) {
        ObjectMeta meta = t == null || t.metadata() == null ? ObjectMeta.named("", "") : t.metadata();
        PodSpec spec = t == null || t.spec() == null ? emptyPodSpec() : PodDefaults.podSpec(t.spec(), false);
        return new PodTemplateSpec(meta, spec);
    }

    /** SetDefaults_Service. */
    private static Service service(Service svc) {
        ServiceSpec.Builder b = svc.spec().toBuilder();
        if (b.sessionAffinity == null || b.sessionAffinity.isEmpty()) {
            b.sessionAffinity = "None";
        }
        if (b.sessionAffinity.equals("None")) {
            b.sessionAffinityConfig = null;
        }
        if (b.sessionAffinity.equals("ClientIP")) {
            SessionAffinityConfig c = b.sessionAffinityConfig;
            if (c == null || c.clientIP() == null || c.clientIP().timeoutSeconds() == null) {
                b.sessionAffinityConfig = new SessionAffinityConfig(new SessionAffinityConfig.ClientIPConfig(10800));
            }
        }
        if (b.type == null || b.type.isEmpty()) {
            b.type = ServiceTypes.CLUSTER_IP;
        }
        List<ServicePort> ports = new ArrayList<>();
        for (ServicePort p : b.ports) {
            ServicePort q = p.protocol().isEmpty() ? p.withProtocol("TCP") : p;
            ports.add(q.targetPort().isZero() ? q.withTargetPort(IntOrString.of(q.port())) : q);
        }
        b.ports = ports;
        ServiceSpec typed = b.build();
        if (ServiceTypes.externallyAccessible(typed) && typed.externalTrafficPolicy().isEmpty()) {
            b.externalTrafficPolicy = "Cluster";
        }
        if (b.internalTrafficPolicy == null && (b.type.equals(ServiceTypes.NODE_PORT)
                || b.type.equals(ServiceTypes.LOAD_BALANCER) || b.type.equals(ServiceTypes.CLUSTER_IP))) {
            b.internalTrafficPolicy = "Cluster";
        }
        if (b.type.equals(ServiceTypes.LOAD_BALANCER) && b.allocateLoadBalancerNodePorts == null) {
            b.allocateLoadBalancerNodePorts = Boolean.TRUE;
        }
        Service out = svc.withSpec(b.build());
        if (b.type.equals(ServiceTypes.LOAD_BALANCER)) {
            // LoadBalancerIPMode (on by default): an ingress IP without ipMode is a VIP.
            List<ServiceStatus.LoadBalancerIngress> ingress = new ArrayList<>();
            for (ServiceStatus.LoadBalancerIngress i : svc.status().loadBalancerIngress()) {
                ingress.add(!i.ip().isEmpty() && i.ipMode() == null
                        ? new ServiceStatus.LoadBalancerIngress(i.ip(), i.hostname(), "VIP") : i);
            }
            out = out.withStatus(new ServiceStatus(ingress));
        }
        return out;
    }

    /** SetDefaults_ReplicationController: selector and object labels come from the template's labels. */
    private static ReplicationController replicationController(ReplicationController rc) {
        ReplicationController.Spec s = rc.spec();
        ObjectMeta meta = rc.metadata();
        Map<String, String> selector = s.selector();
        Map<String, String> templateLabels = s.template() == null || s.template().metadata() == null
                ? Map.of() : s.template().metadata().labels();
        if (!templateLabels.isEmpty()) {
            if (selector == null || selector.isEmpty()) {
                selector = templateLabels;
            }
            if (meta.labels().isEmpty()) {
                meta = meta.withLabels(templateLabels);
            }
        }
        PodTemplateSpec t = s.template() == null ? null
                : new PodTemplateSpec(s.template().metadata(), PodDefaults.podSpec(s.template().spec() == null
                        ? emptySpec() : s.template().spec(), false));
        return new ReplicationController(meta, new ReplicationController.Spec(one(s.replicas()), selector, t,
                s.minReadySeconds()), rc.origin());
    }

    /** SetDefaults_Endpoints: port protocol TCP. */
    private static Endpoints endpoints(Endpoints ep) {
        List<Endpoints.Subset> subsets = new ArrayList<>();
        for (Endpoints.Subset ss : ep.subsets()) {
            List<Endpoints.Port> ports = new ArrayList<>();
            for (Endpoints.Port p : ss.ports()) {
                ports.add(p.protocol().isEmpty() ? p.withProtocol("TCP") : p);
            }
            subsets.add(new Endpoints.Subset(ss.addresses(), ss.notReadyAddresses(), ports));
        }
        return ep.withSubsets(subsets);
    }
}
