package io.kubetutor.manifest.validate;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.GoIP;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clusterIP / clusterIPs / ipFamilies / ipFamilyPolicy rules of core validation (v1.33):
 * ValidateServiceClusterIPsRelatedFields, which the API server also runs early during
 * allocation, and the update rules (validateUpgradeDowngradeClusterIPs / IPFamilies).
 */
final class ServiceIPValidation {
    private ServiceIPValidation() {
    }

    private static final List<String> IP_FAMILIES = List.of("IPv4", "IPv6");
    private static final List<String> IP_FAMILY_POLICIES = List.of("PreferDualStack", "RequireDualStack", "SingleStack");
    private static final String CHANGED = "may not change once set";

    static List<FieldError> clusterIPsRelatedFields(Service svc) {
        ServiceSpec spec = svc.spec();
        List<FieldError> errs = new ArrayList<>();
        // ExternalName has its own "may not be set" checks in ValidateService.
        if (spec.type().equals(ServiceTypes.EXTERNAL_NAME)) {
            return errs;
        }
        FieldPath ipsPath = FieldPath.root("spec").child("clusterIPs");
        FieldPath famPath = FieldPath.root("spec").child("ipFamilies");
        List<String> ips = spec.clusterIPs();
        boolean hasInvalidIPs = false;
        if (!spec.clusterIP().isEmpty()) {
            if (ips.isEmpty()) {
                errs.add(FieldError.required(ipsPath.toString(), ""));
            } else if (!ips.get(0).equals(spec.clusterIP())) {
                errs.add(FieldError.invalid(ipsPath.toString(), BadValues.list(ips), "first value must match `clusterIP`"));
            }
        } else if (!ips.isEmpty()) {
            errs.add(FieldError.invalid(ipsPath.toString(), BadValues.list(ips),
                    "must be empty when `clusterIP` is not specified"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.ipFamilies().size(); i++) {
            String family = spec.ipFamilies().get(i);
            if (!IP_FAMILIES.contains(family)) {
                errs.add(FieldError.notSupported(famPath.index(i).toString(), BadValues.typed(family), IP_FAMILIES));
            }
            if (!seen.add(family)) {
                errs.add(FieldError.duplicate(famPath.index(i).toString(), BadValues.typed(family)));
            }
        }
        if (spec.ipFamilyPolicy() != null && !IP_FAMILY_POLICIES.contains(spec.ipFamilyPolicy())) {
            errs.add(FieldError.notSupported("spec.ipFamilyPolicy", BadValues.typed(spec.ipFamilyPolicy()),
                    IP_FAMILY_POLICIES));
        }
        for (int i = 0; i < ips.size(); i++) {
            if (i == 0 && ips.get(i).equals("None")) {
                if (ips.size() > 1) {
                    hasInvalidIPs = true;
                    errs.add(FieldError.invalid(ipsPath.toString(), BadValues.list(ips),
                            "'None' must be the first and only value"));
                }
                continue;
            }
            List<FieldError> ipErrs = IPValidation.isValidIP(ipsPath.index(i), ips.get(i));
            hasInvalidIPs |= !ipErrs.isEmpty();
            errs.addAll(ipErrs);
        }
        if (ips.size() > 2) {
            errs.add(FieldError.invalid(ipsPath.toString(), BadValues.list(ips), "may only hold up to 2 values"));
        }
        // Bad IPs would skew the family checks below, so upstream stops here.
        if (hasInvalidIPs) {
            return errs;
        }
        if (ips.size() > 1 && !isDualStack(ips)) {
            errs.add(FieldError.invalid(ipsPath.toString(), BadValues.list(ips),
                    "may specify no more than one IP for each IP family"));
        }
        if (!ServiceValidation.isHeadless(spec) && !ips.isEmpty() && !spec.ipFamilies().isEmpty()) {
            for (int i = 0; i < ips.size() && i < spec.ipFamilies().size(); i++) {
                String family = spec.ipFamilies().get(i);
                boolean v6 = GoIP.isIPv6String(ips.get(i));
                if (family.equals("IPv4") && v6) {
                    errs.add(FieldError.invalid(ipsPath.index(i).toString(), ips.get(i),
                            "expected an IPv4 value as indicated by `ipFamilies[" + i + "]`"));
                }
                if (family.equals("IPv6") && !v6) {
                    errs.add(FieldError.invalid(ipsPath.index(i).toString(), ips.get(i),
                            "expected an IPv6 value as indicated by `ipFamilies[" + i + "]`"));
                }
            }
        }
        return errs;
    }

    /** netutils.IsDualStackIPStrings: at least one address of each family. */
    private static boolean isDualStack(List<String> ips) {
        boolean v4 = false;
        boolean v6 = false;
        for (String s : ips) {
            byte[] ip = GoIP.parseIP(s);
            if (ip == null) {
                return false;
            }
            if (GoIP.isIPv4(ip)) {
                v4 = true;
            } else {
                v6 = true;
            }
        }
        return v4 && v6;
    }

    /** validateUpgradeDowngradeClusterIPs: the primary clusterIP may not change, except to/from ExternalName. */
    static List<FieldError> upgradeDowngradeClusterIPs(Service old, Service svc) {
        List<FieldError> errs = new ArrayList<>();
        ServiceSpec o = old.spec();
        ServiceSpec n = svc.spec();
        if (n.type().equals(ServiceTypes.EXTERNAL_NAME) || o.type().equals(ServiceTypes.EXTERNAL_NAME)) {
            return errs;
        }
        if (ServiceValidation.isHeadless(o) && ServiceValidation.isHeadless(n)) {
            return errs;
        }
        List<String> oldIPs = o.clusterIPs();
        List<String> ips = n.clusterIPs();
        if (oldIPs.size() == ips.size()) {
            for (int i = 0; i < oldIPs.size(); i++) {
                if (!oldIPs.get(i).equals(ips.get(i))) {
                    errs.add(FieldError.invalid("spec.clusterIPs[" + i + "]", BadValues.list(ips), CHANGED));
                }
            }
        } else if (oldIPs.size() > ips.size()) {
            if (ips.isEmpty()) {
                errs.add(FieldError.invalid("spec.clusterIPs[0]", BadValues.list(ips), "primary clusterIP can not be unset"));
            }
            if (!oldIPs.isEmpty() && !ips.isEmpty() && !ips.get(0).equals(oldIPs.get(0))) {
                errs.add(FieldError.invalid("spec.clusterIPs[0]", BadValues.list(ips), CHANGED));
            }
            if (ips.size() == 1 && !"SingleStack".equals(n.ipFamilyPolicy())) {
                errs.add(FieldError.invalid("spec.ipFamilyPolicy", BadValues.typed(n.ipFamilyPolicy()),
                        "must be set to 'SingleStack' when releasing the secondary clusterIP"));
            }
        } else if (!oldIPs.isEmpty() && !ips.get(0).equals(oldIPs.get(0))) {
            errs.add(FieldError.invalid("spec.clusterIPs[0]", BadValues.list(ips), CHANGED));
        }
        return errs;
    }

    /**
     * validateUpgradeDowngradeIPFamilies. Two upstream quirks are kept: every changed entry is
     * reported on index 0, and the downgrade branches print clusterIPs as the bad value.
     */
    static List<FieldError> upgradeDowngradeIPFamilies(Service old, Service svc) {
        List<FieldError> errs = new ArrayList<>();
        ServiceSpec o = old.spec();
        ServiceSpec n = svc.spec();
        if (n.type().equals(ServiceTypes.EXTERNAL_NAME) || o.type().equals(ServiceTypes.EXTERNAL_NAME)) {
            return errs;
        }
        boolean oldHeadless = ServiceValidation.isHeadless(o);
        boolean newHeadless = ServiceValidation.isHeadless(n);
        if (oldHeadless != newHeadless || newHeadless) {
            return errs;
        }
        List<String> oldFams = o.ipFamilies();
        List<String> fams = n.ipFamilies();
        if (oldFams.size() == fams.size()) {
            for (int i = 0; i < oldFams.size(); i++) {
                if (!oldFams.get(i).equals(fams.get(i))) {
                    errs.add(FieldError.invalid("spec.ipFamilies[0]", BadValues.list(fams), CHANGED));
                }
            }
        } else if (oldFams.size() > fams.size()) {
            if (n.clusterIPs().isEmpty()) {
                errs.add(FieldError.invalid("spec.ipFamilies[0]", BadValues.list(fams), "primary ipFamily can not be unset"));
            }
            if (!fams.isEmpty() && !fams.get(0).equals(oldFams.get(0))) {
                errs.add(FieldError.invalid("spec.ipFamilies[0]", BadValues.list(n.clusterIPs()), CHANGED));
            }
            if (fams.size() == 1 && !"SingleStack".equals(n.ipFamilyPolicy())) {
                errs.add(FieldError.invalid("spec.ipFamilyPolicy", BadValues.typed(n.ipFamilyPolicy()),
                        "must be set to 'SingleStack' when releasing the secondary ipFamily"));
            }
        } else if (!oldFams.isEmpty() && !fams.isEmpty() && !fams.get(0).equals(oldFams.get(0))) {
            errs.add(FieldError.invalid("spec.ipFamilies[0]", BadValues.list(n.clusterIPs()), CHANGED));
        }
        return errs;
    }

    /** ValidateServiceUpdate: metadata, IPs and families, LB class, health check port, then ValidateService. */
    static List<FieldError> validateUpdate(Service svc, Service old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(svc.metadata(), old.metadata()));
        errs.addAll(upgradeDowngradeClusterIPs(old, svc));
        errs.addAll(upgradeDowngradeIPFamilies(old, svc));
        errs.addAll(ServiceValidation.loadBalancerClass(old, svc));
        if (ServiceTypes.needsHealthCheck(old.spec()) && ServiceTypes.needsHealthCheck(svc.spec())
                && svc.spec().healthCheckNodePort() != old.spec().healthCheckNodePort()) {
            errs.add(FieldError.forbidden("spec.healthCheckNodePort", MetaValidation.FIELD_IMMUTABLE));
        }
        errs.addAll(ServiceValidation.validate(svc));
        return errs;
    }
}
