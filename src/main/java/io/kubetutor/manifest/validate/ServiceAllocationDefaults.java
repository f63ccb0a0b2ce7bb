package io.kubetutor.manifest.validate;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.GoIP;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Service REST storage does before allocating addresses (kube-apiserver v1.33,
 * pkg/registry/core/service/storage): normalizeClusterIPs (storage.go) and initIPFamilyFields
 * (alloc.go). The latter runs ValidateServiceClusterIPsRelatedFields early, so a create can fail
 * here, with a 422, before full validation ever runs.
 */
public final class ServiceAllocationDefaults {
    private static final String IPV4 = "IPv4";
    private static final String IPV6 = "IPv6";
    private static final String SINGLE_STACK = "SingleStack";
    private static final String PREFER_DUAL_STACK = "PreferDualStack";
    private static final String REQUIRE_DUAL_STACK = "RequireDualStack";
    private static final String NONE = "None";

    private ServiceAllocationDefaults() {
    }

    /** The outcome of IP-family initialisation: the defaulted Service, or the 422 field errors. */
    public record Result(Service service, List<FieldError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The families the cluster's Service CIDR provides, primary first (the tutor is single-stack). */
    public static List<String> clusterFamilies(ClusterTopology topology) {
        GoIP.Cidr cidr = topology.serviceCIDR() == null ? null : GoIP.parseCIDR(topology.serviceCIDR());
        return List.of(cidr != null && !GoIP.isIPv4(cidr.ip()) ? IPV6 : IPV4);
    }

    /** normalizeClusterIPs on create: an old-style manifest with only clusterIP gets clusterIPs = [clusterIP]. */
    public static Service normalizeClusterIPs(Service created) {
        return normalizeClusterIPs(created, null);
    }

    /**
     * normalizeClusterIPs. On create only the singular field is propagated (never the plural to
     * the singular). On update, a client that did not send clusterIPs keeps the stored ones, and a
     * changed or cleared clusterIP carries clusterIPs along when those were left as they were.
     */
    public static Service normalizeClusterIPs(Service updated, Service old) {
        ServiceSpec n = updated.spec();
        ServiceSpec.Builder b = n.toBuilder();
        if (old == null) {
            if (!n.clusterIP().isEmpty() && n.clusterIPs().isEmpty()) {
                b.clusterIPs = List.of(n.clusterIP());
                return updated.withSpec(b.build());
            }
            return updated;
        }
        ServiceSpec o = old.spec();
        List<String> ips = n.clusterIPs();
        if (!o.clusterIPs().isEmpty() && ips.isEmpty() && o.clusterIP().equals(n.clusterIP())) {
            ips = o.clusterIPs();
        }
        if (!o.clusterIP().equals(n.clusterIP())) {
            if (!o.clusterIP().isEmpty() && n.clusterIP().isEmpty()) {
                if (o.clusterIPs().equals(ips)) {
                    ips = List.of();
                }
            } else if (o.clusterIPs().equals(ips)) {
                ips = List.of(n.clusterIP());
            }
        }
        b.clusterIPs = ips;
        return updated.withSpec(b.build());
    }

    /** initIPFamilyFields on create for the tutor's single-stack IPv4 cluster. */
    public static Result initIpFamilyFields(Service created) {
        return initIpFamilyFields(created, null, List.of(IPV4));
    }

    /**
     * initIPFamilyFields: defaults ipFamilyPolicy (SingleStack; RequireDualStack for a headless
     * Service without selector; the stored policy on update) and ipFamilies (the cluster's primary
     * family), and refuses families or dual-stack policies the cluster cannot serve. A headless
     * selector-less Service is the exception: it may hold both families even on a single-stack
     * cluster, so unless it is SingleStack it gets [primary, other] (upstream does the same; such a
     * Service needs no address). ExternalName Services, and PreferDualStack updates that leave the
     * IP fields alone, come back untouched.
     *
     * @param old             the stored Service on update, or null on create
     * @param clusterFamilies the families the cluster is configured for, primary first
     */
    public static Result initIpFamilyFields(Service svc, Service old, List<String> clusterFamilies) {
        ServiceSpec spec = svc.spec();
        if (spec.type().equals(ServiceTypes.EXTERNAL_NAME) || isMatchingPreferDualStack(svc, old)) {
            return new Result(svc, List.of());
        }
        ServiceSpec.Builder b = spec.toBuilder();
        boolean headlessSelectorless = spec.clusterIP().equals(NONE)
                && (spec.selector() == null || spec.selector().isEmpty());
        if (b.ipFamilyPolicy == null) {
            if (old != null && old.spec().ipFamilyPolicy() != null) {
                b.ipFamilyPolicy = old.spec().ipFamilyPolicy();
            } else {
                b.ipFamilyPolicy = headlessSelectorless ? REQUIRE_DUAL_STACK : SINGLE_STACK;
            }
        }
        Service current = svc.withSpec(b.build());
        // The loose pre-validation upstream runs here; its errors end the request before allocation.
        List<FieldError> early = Validation.validateServiceClusterIPsRelatedFields(current);
        if (!early.isEmpty()) {
            return new Result(svc, early);
        }
        List<FieldError> errs = new ArrayList<>();
        String policy = b.ipFamilyPolicy;
        List<String> ips = new ArrayList<>(b.clusterIPs);
        List<String> families = new ArrayList<>(b.ipFamilies);
        if (old != null) {
            if (policy.equals(SINGLE_STACK)) {
                // Switching to single-stack with the lists unchanged is clear intent to drop the secondary.
                if (ips.equals(old.spec().clusterIPs()) && ips.size() > 1) {
                    ips = new ArrayList<>(ips.subList(0, 1));
                }
                if (families.equals(old.spec().ipFamilies()) && families.size() > 1) {
                    families = new ArrayList<>(families.subList(0, 1));
                }
            } else {
                if (!ips.isEmpty() && ips.size() < old.spec().clusterIPs().size()) {
                    errs.add(FieldError.invalid("spec.ipFamilyPolicy", BadValues.typed(policy),
                            "must be 'SingleStack' to release the secondary cluster IP"));
                }
                if (!families.isEmpty() && families.size() < old.spec().ipFamilies().size()) {
                    errs.add(FieldError.invalid("spec.ipFamilyPolicy", BadValues.typed(policy),
                            "must be 'SingleStack' to release the secondary IP family"));
                }
            }
        }
        if (policy.equals(SINGLE_STACK)) {
            if (ips.size() == 2) {
                errs.add(FieldError.invalid("spec.ipFamilyPolicy", BadValues.typed(policy),
                        "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
            }
            if (families.size() == 2) {
                errs.add(FieldError.invalid("spec.ipFamilyPolicy", BadValues.typed(policy),
                        "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
            }
        }
        // Infer missing families from the IPs given (already validated as well-formed).
        for (int i = 0; i < ips.size(); i++) {
            if (ips.get(i).equals(NONE)) {
                break;
            }
            String family = GoIP.isIPv6String(ips.get(i)) ? IPV6 : IPV4;
            if (i >= families.size()) {
                if (!clusterFamilies.contains(family)) {
                    errs.add(FieldError.invalid("spec.clusterIPs[" + i + "]", BadValues.list(ips),
                            family + " is not configured on this cluster"));
                } else {
                    families.add(family);
                }
            }
        }
        if (!errs.isEmpty()) {
            return new Result(svc, errs);
        }
        String primary = clusterFamilies.get(0);
        if (headlessSelectorless) {
            // Before the cluster checks on purpose: these combinations would otherwise be refused.
            if (families.isEmpty()) {
                families.add(primary);
            }
            if (families.size() < 2 && !policy.equals(SINGLE_STACK)) {
                families.add(otherFamily(families.get(0)));
            }
            return new Result(withFamilies(current, ips, families), List.of());
        }
        if (policy.equals(REQUIRE_DUAL_STACK) && clusterFamilies.size() < 2) {
            errs.add(FieldError.invalid("spec.ipFamilyPolicy", BadValues.typed(policy),
                    "this cluster is not configured for dual-stack services"));
        }
        for (int i = 0; i < families.size(); i++) {
            if (!clusterFamilies.contains(families.get(i))) {
                errs.add(FieldError.invalid("spec.ipFamilies[" + i + "]", BadValues.typed(families.get(i)),
                        "not configured on this cluster"));
            }
        }
        if (!errs.isEmpty()) {
            return new Result(svc, errs);
        }
        if (families.isEmpty()) {
            families.add(primary);
        }
        if (!policy.equals(SINGLE_STACK) && families.size() == 1 && clusterFamilies.size() == 2) {
            families.add(otherFamily(families.get(0)));
        }
        return new Result(withFamilies(current, ips, families), List.of());
    }

    /**
     * isMatchingPreferDualStackClusterIPFields: an update of a PreferDualStack Service that keeps
     * its type, clusterIPs and ipFamilies is left alone, so a cluster gaining or losing a family
     * never upgrades or downgrades it without the user asking (the stored object is assumed valid).
     */
    private static boolean isMatchingPreferDualStack(Service updated, Service old) {
        if (old == null || updated.spec().ipFamilyPolicy() == null) {
            return false;
        }
        ServiceSpec n = updated.spec();
        ServiceSpec o = old.spec();
        if (!o.type().equals(n.type())) {
            return false;
        }
        boolean getsClusterIP = n.type().equals(ServiceTypes.CLUSTER_IP) || n.type().equals(ServiceTypes.NODE_PORT)
                || n.type().equals(ServiceTypes.LOAD_BALANCER);
        if (!getsClusterIP || !n.ipFamilyPolicy().equals(PREFER_DUAL_STACK)) {
            return false;
        }
        if (o.ipFamilyPolicy() != null && !o.ipFamilyPolicy().equals(PREFER_DUAL_STACK)) {
            return false;
        }
        return o.clusterIPs().equals(n.clusterIPs()) && o.ipFamilies().equals(n.ipFamilies());
    }

    private static String otherFamily(String family) {
        return family.equals(IPV4) ? IPV6 : IPV4;
    }

    private static Service withFamilies(Service svc, List<String> ips, List<String> families) {
        ServiceSpec.Builder b = svc.spec().toBuilder();
        b.clusterIPs = ips;
        b.ipFamilies = families;
        return svc.withSpec(b.build());
    }
}
