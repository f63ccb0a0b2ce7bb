package io.kubetutor.manifest.validate;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.GoIP;
import java.util.ArrayList;
import java.util.List;

/**
 * IP and CIDR field checks: apimachinery's IsValidIP / IsValidCIDR (the sloppy parsers that
 * v1.33 still uses for these legacy fields) and core validation's ValidateNonSpecialIP.
 */
final class IPValidation {
    private IPValidation() {
    }

    static List<FieldError> isValidIP(FieldPath path, String value) {
        if (GoIP.parseIP(value) == null) {
            return List.of(FieldError.invalid(path.toString(), value,
                    "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
        }
        return List.of();
    }

    static List<FieldError> isValidIPv4Address(FieldPath path, String value) {
        byte[] ip = GoIP.parseIP(value);
        if (ip == null || !GoIP.isIPv4(ip)) {
            return List.of(FieldError.invalid(path.toString(), value, "must be a valid IPv4 address"));
        }
        return List.of();
    }

    static List<FieldError> isValidIPv6Address(FieldPath path, String value) {
        byte[] ip = GoIP.parseIP(value);
        if (ip == null || GoIP.isIPv4(ip)) {
            return List.of(FieldError.invalid(path.toString(), value, "must be a valid IPv6 address"));
        }
        return List.of();
    }

    static List<FieldError> isValidCIDR(FieldPath path, String value) {
        if (GoIP.parseCIDR(value) == null) {
            return List.of(FieldError.invalid(path.toString(), value,
                    "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
        }
        return List.of();
    }

    /**
     * ValidateNonSpecialIP: unspecified, loopback, link-local and link-local multicast addresses make
     * no sense as endpoints or external IPs. Several checks can fire for one address.
     */
    static List<FieldError> nonSpecialIP(String value, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        byte[] ip = GoIP.parseIP(value);
        String p = path.toString();
        if (ip == null) {
            errs.add(FieldError.invalid(p, value, "must be a valid IP address"));
            return errs;
        }
        if (GoIP.isUnspecified(ip)) {
            errs.add(FieldError.invalid(p, value, "may not be unspecified (" + value + ")"));
        }
        if (GoIP.isLoopback(ip)) {
            errs.add(FieldError.invalid(p, value, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
        }
        if (GoIP.isLinkLocalUnicast(ip)) {
            errs.add(FieldError.invalid(p, value, "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
        }
        if (GoIP.isLinkLocalMulticast(ip)) {
            errs.add(FieldError.invalid(p, value,
                    "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
        }
        return errs;
    }

    /** Go's strings.TrimSpace (Unicode White_Space), used on loadBalancerSourceRanges entries. */
    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isGoSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isGoSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isGoSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
                    '\u205F', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}
