package io.kubetutor.manifest.validate;

import static io.kubetutor.model.ServiceTypes.CLUSTER_IP;
import static io.kubetutor.model.ServiceTypes.EXTERNAL_NAME;
import static io.kubetutor.model.ServiceTypes.LOAD_BALANCER;
import static io.kubetutor.model.ServiceTypes.NODE_PORT;
import static io.kubetutor.model.ServiceTypes.externallyAccessible;
import static io.kubetutor.model.ServiceTypes.needsHealthCheck;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.SessionAffinityConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ValidateService from pkg/apis/core/validation/validation.go (v1.33), step for step and in
 * its order. The clusterIP/ipFamily part lives in {@link ServiceIPValidation}. The old
 * LoadBalancer rule refusing port 10250 ("used by kubelet") is gone from v1.33, so it is absent here.
 * NodePort ranges and allocation conflicts belong to the allocator, not to validation.
 */
final class ServiceValidation {
    private ServiceValidation() {
    }

    private static final List<String> SERVICE_TYPES = List.of(CLUSTER_IP, EXTERNAL_NAME, LOAD_BALANCER, NODE_PORT);
    static final List<String> PORT_PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    private static final List<String> AFFINITIES = List.of("ClientIP", "None");
    private static final List<String> TRAFFIC_POLICIES = List.of("Cluster", "Local");
    private static final int MAX_CLIENT_IP_AFFINITY_SECONDS = 86400;
    private static final String TOPOLOGY_HINTS = "service.kubernetes.io/topology-aware-hints";
    private static final String TOPOLOGY_MODE = "service.kubernetes.io/topology-mode";
    private static final String LB_SOURCE_RANGES = "service.beta.kubernetes.io/load-balancer-source-ranges";
    private static final String LB_ONLY = "may only be used when `type` is 'LoadBalancer'";

    static boolean isHeadless(ServiceSpec s) {
        return s.clusterIPs().size() == 1 && "None".equals(s.clusterIPs().get(0));
    }

    static List<FieldError> validate(Service svc) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(svc.metadata(), true,
                MetaValidation.NameRule.DNS1035_LABEL));
        String hints = svc.metadata().annotations().get(TOPOLOGY_HINTS);
        String mode = svc.metadata().annotations().get(TOPOLOGY_MODE);
        if (hints != null && mode != null && !hints.equals(mode)) {
            errs.add(FieldError.invalid(FieldPath.root("metadata").child("annotations").key(TOPOLOGY_MODE).toString(),
                    mode, "must match annotations[" + TOPOLOGY_HINTS + "] when both are specified"));
        }
        ServiceSpec spec = svc.spec();
        FieldPath specPath = FieldPath.root("spec");
        boolean headless = isHeadless(spec);
        if (spec.ports().isEmpty() && !headless && !spec.type().equals(EXTERNAL_NAME)) {
            errs.add(FieldError.required(specPath.child("ports").toString(), ""));
        }
        switch (spec.type()) {
            case LOAD_BALANCER, NODE_PORT -> {
                if (headless) {
                    errs.add(FieldError.invalid(specPath.child("clusterIPs").index(0).toString(), spec.clusterIPs().get(0),
                            "may not be set to 'None' for " + spec.type() + " services"));
                }
            }
            case EXTERNAL_NAME -> errs.addAll(externalNameRules(spec, specPath));
            default -> {
            }
        }
        Set<String> portNames = new HashSet<>();
        for (int i = 0; i < spec.ports().size(); i++) {
            errs.addAll(validatePort(spec.ports().get(i), spec.ports().size() > 1, portNames,
                    specPath.child("ports").index(i)));
        }
        if (spec.selector() != null) {
            errs.addAll(MetaValidation.labels(spec.selector(), specPath.child("selector")));
        }
        errs.addAll(sessionAffinity(spec, specPath));
        errs.addAll(ServiceIPValidation.clusterIPsRelatedFields(svc));
        for (int i = 0; i < spec.externalIPs().size(); i++) {
            FieldPath p = specPath.child("externalIPs").index(i);
            List<FieldError> ipErrs = IPValidation.isValidIP(p, spec.externalIPs().get(i));
            errs.addAll(ipErrs.isEmpty() ? IPValidation.nonSpecialIP(spec.externalIPs().get(i), p) : ipErrs);
        }
        if (spec.type().isEmpty()) {
            errs.add(FieldError.required(specPath.child("type").toString(), ""));
        } else if (!SERVICE_TYPES.contains(spec.type())) {
            errs.add(FieldError.notSupported(specPath.child("type").toString(), BadValues.typed(spec.type()), SERVICE_TYPES));
        }
        if (spec.type().equals(CLUSTER_IP)) {
            for (int i = 0; i < spec.ports().size(); i++) {
                if (spec.ports().get(i).nodePort() != 0) {
                    errs.add(FieldError.forbidden(specPath.child("ports").index(i).child("nodePort").toString(),
                            "may not be used when `type` is 'ClusterIP'"));
                }
            }
        }
        errs.addAll(duplicatePorts(spec, specPath));
        errs.addAll(sourceRanges(svc, specPath));
        if (spec.allocateLoadBalancerNodePorts() != null && !spec.type().equals(LOAD_BALANCER)) {
            errs.add(FieldError.forbidden(specPath.child("allocateLoadBalancerNodePorts").toString(), LB_ONLY));
        }
        if (spec.type().equals(LOAD_BALANCER) && spec.allocateLoadBalancerNodePorts() == null) {
            // Upstream builds this path without the "spec." prefix; defaulting normally prevents it.
            errs.add(FieldError.required("allocateLoadBalancerNodePorts", ""));
        }
        errs.addAll(loadBalancerClass(null, svc));
        errs.addAll(externalTrafficPolicy(spec, specPath));
        errs.addAll(internalTrafficPolicy(spec, specPath));
        if (spec.trafficDistribution() != null && !spec.trafficDistribution().equals("PreferClose")) {
            errs.add(FieldError.notSupported(specPath.child("trafficDistribution").toString(), spec.trafficDistribution(),
                    List.of("PreferClose")));
        }
        return errs;
    }

    private static List<FieldError> externalNameRules(ServiceSpec spec, FieldPath specPath) {
        List<FieldError> errs = new ArrayList<>();
        String notForExternalName = "may not be set for ExternalName services";
        if (!spec.clusterIPs().isEmpty()) {
            errs.add(FieldError.forbidden(specPath.child("clusterIPs").toString(), notForExternalName));
        }
        if (!spec.ipFamilies().isEmpty()) {
            errs.add(FieldError.forbidden(specPath.child("ipFamilies").toString(), notForExternalName));
        }
        if (spec.ipFamilyPolicy() != null) {
            errs.add(FieldError.forbidden(specPath.child("ipFamilyPolicy").toString(), notForExternalName));
        }
        // A CNAME may end in a dot to mark it fully qualified; the dot is not part of the check.
        String cname = spec.externalName().endsWith(".")
                ? spec.externalName().substring(0, spec.externalName().length() - 1) : spec.externalName();
        if (!cname.isEmpty()) {
            errs.addAll(MetaValidation.dns1123Subdomain(cname, specPath.child("externalName")));
        } else {
            errs.add(FieldError.required(specPath.child("externalName").toString(), ""));
        }
        return errs;
    }

    /** validateServicePort. Names are DNS-1123 labels here (not IANA_SVC_NAME as container ports). */
    private static List<FieldError> validatePort(ServicePort sp, boolean requireName, Set<String> names, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (requireName && sp.name().isEmpty()) {
            errs.add(FieldError.required(p.child("name").toString(), ""));
        } else if (!sp.name().isEmpty()) {
            errs.addAll(MetaValidation.dns1123Label(sp.name(), p.child("name")));
            if (!names.add(sp.name())) {
                errs.add(FieldError.duplicate(p.child("name").toString(), sp.name()));
            }
        }
        for (String msg : Formats.isValidPortNum(sp.port())) {
            errs.add(FieldError.invalid(p.child("port").toString(), sp.port(), msg));
        }
        if (sp.protocol().isEmpty()) {
            errs.add(FieldError.required(p.child("protocol").toString(), ""));
        } else if (!PORT_PROTOCOLS.contains(sp.protocol())) {
            errs.add(FieldError.notSupported(p.child("protocol").toString(), BadValues.typed(sp.protocol()), PORT_PROTOCOLS));
        }
        errs.addAll(portNumOrName(sp.targetPort(), p.child("targetPort")));
        if (sp.appProtocol() != null) {
            errs.addAll(MetaValidation.qualifiedName(sp.appProtocol(), p.child("appProtocol")));
        }
        // A headless Service's targetPort differing from port is tolerated (commented out upstream).
        return errs;
    }

    /** ValidatePortNumOrName: a number is range-checked, a name gets every IANA_SVC_NAME message. */
    static List<FieldError> portNumOrName(IntOrString port, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (port.isInt()) {
            for (String msg : Formats.isValidPortNum(port.intValue())) {
                errs.add(FieldError.invalid(p.toString(), port.intValue(), msg));
            }
        } else {
            for (String msg : Formats.isValidPortName(port.stringValue())) {
                errs.add(FieldError.invalid(p.toString(), port.stringValue(), msg));
            }
        }
        return errs;
    }

    private static List<FieldError> sessionAffinity(ServiceSpec spec, FieldPath specPath) {
        List<FieldError> errs = new ArrayList<>();
        String affinity = spec.sessionAffinity();
        if (affinity.isEmpty()) {
            errs.add(FieldError.required(specPath.child("sessionAffinity").toString(), ""));
        } else if (!AFFINITIES.contains(affinity)) {
            errs.add(FieldError.notSupported(specPath.child("sessionAffinity").toString(), BadValues.typed(affinity), AFFINITIES));
        }
        FieldPath cfgPath = specPath.child("sessionAffinityConfig");
        if (affinity.equals("ClientIP")) {
            String when = "when session affinity type is ClientIP";
            SessionAffinityConfig cfg = spec.sessionAffinityConfig();
            if (cfg == null) {
                errs.add(FieldError.required(cfgPath.toString(), when));
            } else if (cfg.clientIP() == null) {
                errs.add(FieldError.required(cfgPath.child("clientIP").toString(), when));
            } else if (cfg.clientIP().timeoutSeconds() == null) {
                errs.add(FieldError.required(cfgPath.child("clientIP", "timeoutSeconds").toString(), when));
            } else {
                int timeout = cfg.clientIP().timeoutSeconds();
                // The message says "less than" although the maximum itself is accepted.
                if (timeout <= 0 || timeout > MAX_CLIENT_IP_AFFINITY_SECONDS) {
                    errs.add(FieldError.invalid(cfgPath.child("clientIP", "timeoutSeconds").toString(), timeout,
                            "must be greater than 0 and less than " + MAX_CLIENT_IP_AFFINITY_SECONDS));
                }
            }
        } else if (affinity.equals("None") && spec.sessionAffinityConfig() != null) {
            errs.add(FieldError.forbidden(cfgPath.toString(), "must not be set when session affinity is None"));
        }
        return errs;
    }

    /** Duplicate (protocol, nodePort) pairs, then duplicate (protocol, port) pairs. */
    private static List<FieldError> duplicatePorts(ServiceSpec spec, FieldPath specPath) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> nodePorts = new HashSet<>();
        for (int i = 0; i < spec.ports().size(); i++) {
            ServicePort port = spec.ports().get(i);
            if (port.nodePort() == 0) {
                continue;
            }
            if (!nodePorts.add(port.protocol() + "/" + port.nodePort())) {
                errs.add(FieldError.duplicate(specPath.child("ports").index(i).child("nodePort").toString(), port.nodePort()));
            }
        }
        Set<String> ports = new HashSet<>();
        for (int i = 0; i < spec.ports().size(); i++) {
            ServicePort port = spec.ports().get(i);
            if (!ports.add(port.protocol() + "/" + port.port())) {
                errs.add(FieldError.duplicate(specPath.child("ports").index(i).toString(),
                        BadValues.servicePortKey(port.protocol(), port.port())));
            }
        }
        return errs;
    }

    /** The field (with upstream's capital-L path) or, when the field is empty, the legacy annotation. */
    private static List<FieldError> sourceRanges(Service svc, FieldPath specPath) {
        List<FieldError> errs = new ArrayList<>();
        ServiceSpec spec = svc.spec();
        if (!spec.loadBalancerSourceRanges().isEmpty()) {
            FieldPath p = specPath.child("LoadBalancerSourceRanges");
            if (!spec.type().equals(LOAD_BALANCER)) {
                errs.add(FieldError.forbidden(p.toString(), LB_ONLY));
            }
            for (int i = 0; i < spec.loadBalancerSourceRanges().size(); i++) {
                // Space padding is allowed for historical reasons (the annotation allowed it).
                errs.addAll(IPValidation.isValidCIDR(p.index(i), IPValidation.trimSpace(spec.loadBalancerSourceRanges().get(i))));
            }
        } else if (svc.metadata().annotations().containsKey(LB_SOURCE_RANGES)) {
            FieldPath p = FieldPath.root("metadata").child("annotations").key(LB_SOURCE_RANGES);
            if (!spec.type().equals(LOAD_BALANCER)) {
                errs.add(FieldError.forbidden(p.toString(), LB_ONLY));
            }
            String val = IPValidation.trimSpace(svc.metadata().annotations().get(LB_SOURCE_RANGES));
            if (!val.isEmpty()) {
                for (String cidr : val.split(",", -1)) {
                    errs.addAll(IPValidation.isValidCIDR(p, IPValidation.trimSpace(cidr)));
                }
            }
        }
        return errs;
    }

    /** validateLoadBalancerClassField; {@code old} is null on create. */
    static List<FieldError> loadBalancerClass(Service old, Service svc) {
        List<FieldError> errs = new ArrayList<>();
        String path = "spec.loadBalancerClass";
        String cls = svc.spec().loadBalancerClass();
        if (old != null && old.spec().type().equals(LOAD_BALANCER) && svc.spec().type().equals(LOAD_BALANCER)
                && !java.util.Objects.equals(old.spec().loadBalancerClass(), cls)) {
            errs.add(FieldError.invalid(path, BadValues.typed(cls), "may not change once set"));
        }
        if (svc.spec().type().equals(LOAD_BALANCER)) {
            if (cls != null) {
                errs.addAll(MetaValidation.qualifiedName(cls, FieldPath.root("spec").child("loadBalancerClass")));
            }
        } else if (cls != null) {
            errs.add(FieldError.forbidden(path, LB_ONLY));
        }
        return errs;
    }

    private static List<FieldError> externalTrafficPolicy(ServiceSpec spec, FieldPath specPath) {
        List<FieldError> errs = new ArrayList<>();
        String etp = spec.externalTrafficPolicy();
        String etpPath = specPath.child("externalTrafficPolicy").toString();
        if (!externallyAccessible(spec)) {
            if (!etp.isEmpty()) {
                errs.add(FieldError.invalid(etpPath, BadValues.typed(etp), "may only be set for externally-accessible services"));
            }
        } else if (etp.isEmpty()) {
            errs.add(FieldError.required(etpPath, ""));
        } else if (!TRAFFIC_POLICIES.contains(etp)) {
            errs.add(FieldError.notSupported(etpPath, BadValues.typed(etp), TRAFFIC_POLICIES));
        }
        String hcPath = specPath.child("healthCheckNodePort").toString();
        int hc = spec.healthCheckNodePort();
        if (!needsHealthCheck(spec)) {
            if (hc != 0) {
                errs.add(FieldError.invalid(hcPath, hc,
                        "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
            }
        } else if (hc == 0) {
            errs.add(FieldError.required(hcPath, ""));
        } else {
            for (String msg : Formats.isValidPortNum(hc)) {
                errs.add(FieldError.invalid(hcPath, hc, msg));
            }
        }
        return errs;
    }

    private static List<FieldError> internalTrafficPolicy(ServiceSpec spec, FieldPath specPath) {
        String p = specPath.child("internalTrafficPolicy").toString();
        String itp = spec.internalTrafficPolicy();
        if (itp == null) {
            // Not forbidden on ExternalName for historical reasons, only required where it applies.
            boolean applies = spec.type().equals(NODE_PORT) || spec.type().equals(LOAD_BALANCER)
                    || spec.type().equals(CLUSTER_IP);
            return applies ? List.of(FieldError.required(p, "")) : List.of();
        }
        if (!TRAFFIC_POLICIES.contains(itp)) {
            return List.of(FieldError.notSupported(p, BadValues.typed(itp), TRAFFIC_POLICIES));
        }
        return List.of();
    }
}
