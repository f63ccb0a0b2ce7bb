package io.kubetutor.sim;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * alloc.go initIPFamilyFields for a single-stack IPv4 cluster: defaults ipFamilyPolicy and
 * ipFamilies at allocation time, after a loose early validation of the clusterIP-related fields,
 * and refuses families the cluster does not have. Runs before any address is allocated, so its
 * 422 is the only error the user sees.
 */
final class IpFamilies {
    static final String IPV4 = "IPv4";
    static final String IPV6 = "IPv6";
    static final String SINGLE_STACK = "SingleStack";
    static final String PREFER_DUAL_STACK = "PreferDualStack";
    static final String REQUIRE_DUAL_STACK = "RequireDualStack";

    private IpFamilies() {
    }

    /** Fills {@code s}'s family fields; {@code old} is the stored spec on update, null on create. */
    static void init(ServerChecks checks, ObjectMeta meta, ServiceSpec.Builder s, ServiceSpec old) throws Refused {
        if (Services.EXTERNAL_NAME.equals(s.type)) {
            return;
        }
        if (matchingPreferDualStack(s, old)) {
            return;
        }
        if (s.ipFamilyPolicy == null) {
            if (old != null && old.ipFamilyPolicy() != null) {
                s.ipFamilyPolicy = old.ipFamilyPolicy();
            } else if (headlessSelectorless(s)) {
                s.ipFamilyPolicy = REQUIRE_DUAL_STACK;
            } else {
                s.ipFamilyPolicy = SINGLE_STACK;
            }
        }
        List<FieldError> early = clusterIPsRelatedErrors(checks, meta, s);
        if (!early.isEmpty()) {
            throw new Refused(new ApiError.Invalid(early));
        }
        List<FieldError> el = new ArrayList<>();
        if (old != null) {
            if (SINGLE_STACK.equals(s.ipFamilyPolicy)) {
                // Clear intent to drop a secondary IP/family, as long as they were not edited.
                if (s.clusterIPs.equals(old.clusterIPs()) && s.clusterIPs.size() > 1) {
                    s.clusterIPs = s.clusterIPs.subList(0, 1);
                }
                if (s.ipFamilies.equals(old.ipFamilies()) && s.ipFamilies.size() > 1) {
                    s.ipFamilies = s.ipFamilies.subList(0, 1);
                }
            } else {
                if (!s.clusterIPs.isEmpty() && s.clusterIPs.size() < old.clusterIPs().size()) {
                    el.add(FieldError.invalid("spec.ipFamilyPolicy", s.ipFamilyPolicy,
                            "must be 'SingleStack' to release the secondary cluster IP"));
                }
                if (!s.ipFamilies.isEmpty() && s.ipFamilies.size() < old.ipFamilies().size()) {
                    el.add(FieldError.invalid("spec.ipFamilyPolicy", s.ipFamilyPolicy,
                            "must be 'SingleStack' to release the secondary IP family"));
                }
            }
        }
        if (SINGLE_STACK.equals(s.ipFamilyPolicy)) {
            if (s.clusterIPs.size() == 2) {
                el.add(FieldError.invalid("spec.ipFamilyPolicy", s.ipFamilyPolicy,
                        "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
            }
            if (s.ipFamilies.size() == 2) {
                el.add(FieldError.invalid("spec.ipFamilyPolicy", s.ipFamilyPolicy,
                        "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
            }
        }
        List<String> families = new ArrayList<>(s.ipFamilies);
        for (int i = 0; i < s.clusterIPs.size(); i++) {
            String ip = s.clusterIPs.get(i);
            if (Services.NONE.equals(ip)) {
                break;
            }
            String fam = familyOf(ip);
            if (i >= families.size()) {
                if (!IPV4.equals(fam)) {
                    el.add(FieldError.invalid("spec.clusterIPs[" + i + "]", s.clusterIPs,
                            fam + " is not configured on this cluster"));
                } else {
                    families.add(fam);
                }
            }
        }
        s.ipFamilies = families;
        if (!el.isEmpty()) {
            throw new Refused(new ApiError.Invalid(el));
        }
        if (headlessSelectorless(s)) {
            // Headless without selector may hold both families even on a single-stack cluster.
            if (s.ipFamilies.isEmpty()) {
                s.ipFamilies = List.of(IPV4);
            }
            if (s.ipFamilies.size() < 2 && !SINGLE_STACK.equals(s.ipFamilyPolicy)) {
                s.ipFamilies = List.of(s.ipFamilies.get(0), IPV4.equals(s.ipFamilies.get(0)) ? IPV6 : IPV4);
            }
            return;
        }
        if (REQUIRE_DUAL_STACK.equals(s.ipFamilyPolicy)) {
            el.add(FieldError.invalid("spec.ipFamilyPolicy", s.ipFamilyPolicy,
                    "this cluster is not configured for dual-stack services"));
        }
        for (int i = 0; i < s.ipFamilies.size(); i++) {
            if (!IPV4.equals(s.ipFamilies.get(i))) {
                el.add(FieldError.invalid("spec.ipFamilies[" + i + "]", s.ipFamilies.get(i),
                        "not configured on this cluster"));
            }
        }
        if (!el.isEmpty()) {
            throw new Refused(new ApiError.Invalid(el));
        }
        if (s.ipFamilies.isEmpty()) {
            s.ipFamilies = List.of(IPV4);
        }
    }

    static String familyOf(String ip) {
        if (Ipv4Range.parseAddress(ip) >= 0) {
            return IPV4;
        }
        return ip.contains(":") ? IPV6 : "unknown";
    }

    private static boolean headlessSelectorless(ServiceSpec.Builder s) {
        return Services.NONE.equals(s.clusterIP) && (s.selector == null || s.selector.isEmpty());
    }

    /** A PreferDualStack service whose IP fields did not change is left alone on update. */
    static boolean matchingPreferDualStack(ServiceSpec.Builder s, ServiceSpec old) {
        if (old == null || s.ipFamilyPolicy == null || !old.type().equals(s.type)) {
            return false;
        }
        if (!Services.needsClusterIP(s.type) || !PREFER_DUAL_STACK.equals(s.ipFamilyPolicy)) {
            return false;
        }
        if (old.ipFamilyPolicy() != null && !PREFER_DUAL_STACK.equals(old.ipFamilyPolicy())) {
            return false;
        }
        return old.clusterIPs().equals(s.clusterIPs) && old.ipFamilies().equals(s.ipFamilies);
    }

    /**
     * ValidateServiceClusterIPsRelatedFields, which upstream runs here before allocating. The
     * validator exposes only whole-object validation, so its errors on the clusterIPs / ipFamilies
     * / ipFamilyPolicy paths stand in for it. The "may not be set to 'None'" check belongs to the
     * type rules of ValidateService (run after allocation), so it is left for full validation.
     */
    private static List<FieldError> clusterIPsRelatedErrors(ServerChecks checks, ObjectMeta meta,
                                                             ServiceSpec.Builder s) {
        List<FieldError> all = checks.validateCreate(new Service(meta, s.build(), null, Origin.SYSTEM));
        List<FieldError> related = new ArrayList<>();
        for (FieldError e : all) {
            String f = Objects.requireNonNullElse(e.field(), "");
            boolean relatedPath = f.startsWith("spec.clusterIPs") || f.startsWith("spec.ipFamilies")
                    || f.equals("spec.ipFamilyPolicy");
            if (relatedPath && !e.detail().startsWith("may not be set to 'None' for ")) {
                related.add(e);
            }
        }
        return related;
    }
}
