package io.kubetutor.manifest.validate;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.GoValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** v1 Endpoints (core validation) and discovery.k8s.io/v1 EndpointSlice (discovery validation), v1.33. */
final class EndpointsValidation {
    private EndpointsValidation() {
    }

    private static final List<String> ADDRESS_TYPES = List.of("FQDN", "IPv4", "IPv6");

    static List<FieldError> endpoints(Endpoints ep) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(ep.metadata(), true,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        FieldPath subsets = FieldPath.root("subsets");
        for (int i = 0; i < ep.subsets().size(); i++) {
            Endpoints.Subset ss = ep.subsets().get(i);
            FieldPath p = subsets.index(i);
            // Ports may be empty (a headless Service), addresses may not.
            if (ss.addresses().isEmpty() && ss.notReadyAddresses().isEmpty()) {
                errs.add(FieldError.required(p.toString(), "must specify `addresses` or `notReadyAddresses`"));
            }
            for (int a = 0; a < ss.addresses().size(); a++) {
                errs.addAll(address(ss.addresses().get(a), p.child("addresses").index(a)));
            }
            for (int a = 0; a < ss.notReadyAddresses().size(); a++) {
                errs.addAll(address(ss.notReadyAddresses().get(a), p.child("notReadyAddresses").index(a)));
            }
            for (int k = 0; k < ss.ports().size(); k++) {
                errs.addAll(port(ss.ports().get(k), ss.ports().size() > 1, p.child("ports").index(k)));
            }
        }
        return errs;
    }

    static List<FieldError> endpointsUpdate(Endpoints ep, Endpoints old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(ep.metadata(), old.metadata()));
        errs.addAll(endpoints(ep));
        return errs;
    }

    /** validateEndpointAddress: a malformed IP gets both the IP message and the non-special one. */
    private static List<FieldError> address(Endpoints.Address addr, FieldPath p) {
        List<FieldError> errs = new ArrayList<>(IPValidation.isValidIP(p.child("ip"), addr.ip()));
        if (!addr.hostname().isEmpty()) {
            errs.addAll(MetaValidation.dns1123Label(addr.hostname(), p.child("hostname")));
        }
        if (addr.nodeName() != null) {
            for (String msg : Formats.isDns1123Subdomain(addr.nodeName())) {
                errs.add(FieldError.invalid(p.child("nodeName").toString(), addr.nodeName(), msg));
            }
        }
        errs.addAll(IPValidation.nonSpecialIP(addr.ip(), p.child("ip")));
        return errs;
    }

    private static List<FieldError> port(Endpoints.Port port, boolean requireName, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (requireName && port.name().isEmpty()) {
            errs.add(FieldError.required(p.child("name").toString(), ""));
        } else if (!port.name().isEmpty()) {
            errs.addAll(MetaValidation.dns1123Label(port.name(), p.child("name")));
        }
        for (String msg : Formats.isValidPortNum(port.port())) {
            errs.add(FieldError.invalid(p.child("port").toString(), port.port(), msg));
        }
        errs.addAll(protocol(port.protocol(), p.child("protocol")));
        if (port.appProtocol() != null) {
            errs.addAll(MetaValidation.qualifiedName(port.appProtocol(), p.child("appProtocol")));
        }
        return errs;
    }

    private static List<FieldError> protocol(String protocol, FieldPath p) {
        if (protocol == null || protocol.isEmpty()) {
            return List.of(FieldError.required(p.toString(), ""));
        }
        if (!ServiceValidation.PORT_PROTOCOLS.contains(protocol)) {
            return List.of(FieldError.notSupported(p.toString(), BadValues.typed(protocol), ServiceValidation.PORT_PROTOCOLS));
        }
        return List.of();
    }

    static List<FieldError> endpointSlice(EndpointSlice es) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(es.metadata(), true,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        if (es.addressType().isEmpty()) {
            errs.add(FieldError.required("addressType", ""));
        } else if (!ADDRESS_TYPES.contains(es.addressType())) {
            errs.add(FieldError.notSupported("addressType", BadValues.typed(es.addressType()), ADDRESS_TYPES));
        }
        errs.addAll(sliceEndpoints(es));
        errs.addAll(slicePorts(es.ports()));
        return errs;
    }

    static List<FieldError> endpointSliceUpdate(EndpointSlice es, EndpointSlice old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(es.metadata(), old.metadata()));
        errs.addAll(endpointSlice(es));
        if (!es.addressType().equals(old.addressType())) {
            errs.add(FieldError.invalid("addressType", BadValues.typed(es.addressType()), MetaValidation.FIELD_IMMUTABLE));
        }
        return errs;
    }

    private static List<FieldError> sliceEndpoints(EndpointSlice es) {
        List<FieldError> errs = new ArrayList<>();
        FieldPath path = FieldPath.root("endpoints");
        if (es.endpoints().size() > 1000) {
            errs.add(tooMany(path, es.endpoints().size(), 1000));
            return errs;
        }
        for (int i = 0; i < es.endpoints().size(); i++) {
            EndpointSlice.Endpoint ep = es.endpoints().get(i);
            FieldPath p = path.index(i);
            FieldPath ap = p.child("addresses");
            if (ep.addresses().isEmpty()) {
                errs.add(FieldError.required(ap.toString(), "must contain at least 1 address"));
            } else if (ep.addresses().size() > 100) {
                errs.add(tooMany(ap, ep.addresses().size(), 100));
            }
            for (int a = 0; a < ep.addresses().size(); a++) {
                errs.addAll(sliceAddress(es.addressType(), ep.addresses().get(a), ap.index(a)));
            }
            if (ep.nodeName() != null) {
                for (String msg : Formats.isDns1123Subdomain(ep.nodeName())) {
                    errs.add(FieldError.invalid(p.child("nodeName").toString(), ep.nodeName(), msg));
                }
            }
            if (ep.hostname() != null) {
                errs.addAll(MetaValidation.dns1123Label(ep.hostname(), p.child("hostname")));
            }
        }
        return errs;
    }

    /** Known address types are checked; an unknown type was already reported and its addresses are not. */
    private static List<FieldError> sliceAddress(String type, String address, FieldPath p) {
        switch (type) {
            case "IPv4" -> {
                List<FieldError> ipErrs = IPValidation.isValidIPv4Address(p, address);
                return ipErrs.isEmpty() ? IPValidation.nonSpecialIP(address, p) : ipErrs;
            }
            case "IPv6" -> {
                List<FieldError> ipErrs = IPValidation.isValidIPv6Address(p, address);
                return ipErrs.isEmpty() ? IPValidation.nonSpecialIP(address, p) : ipErrs;
            }
            case "FQDN" -> {
                return fullyQualifiedDomainName(p, address);
            }
            default -> {
                return List.of();
            }
        }
    }

    /** IsFullyQualifiedDomainName: trailing dot allowed, at least two segments, each a DNS label. */
    private static List<FieldError> fullyQualifiedDomainName(FieldPath p, String name) {
        if (name.isEmpty()) {
            return List.of(FieldError.required(p.toString(), ""));
        }
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        List<String> errs = Formats.isDns1123Subdomain(n);
        if (!errs.isEmpty()) {
            return List.of(FieldError.invalid(p.toString(), n, String.join(",", errs)));
        }
        String[] labels = n.split("\\.", -1);
        if (labels.length < 2) {
            return List.of(FieldError.invalid(p.toString(), n, "should be a domain with at least two segments separated by dots"));
        }
        for (String label : labels) {
            List<String> le = Formats.isDns1123Label(label);
            if (!le.isEmpty()) {
                return List.of(FieldError.invalid(p.toString(), label, String.join(",", le)));
            }
        }
        return List.of();
    }

    private static List<FieldError> slicePorts(List<EndpointSlice.Port> ports) {
        List<FieldError> errs = new ArrayList<>();
        FieldPath path = FieldPath.root("ports");
        if (ports.size() > 20000) {
            errs.add(tooMany(path, ports.size(), 20000));
            return errs;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            EndpointSlice.Port port = ports.get(i);
            FieldPath p = path.index(i);
            // Defaulting makes an absent name "".
            String name = port.name() == null ? "" : port.name();
            if (!name.isEmpty()) {
                errs.addAll(MetaValidation.dns1123Label(name, p.child("name")));
            }
            if (!names.add(name)) {
                errs.add(FieldError.duplicate(p.child("name").toString(), BadValues.typed(name)));
            }
            if (port.protocol() == null) {
                errs.add(FieldError.required(p.child("protocol").toString(), ""));
            } else if (!ServiceValidation.PORT_PROTOCOLS.contains(port.protocol())) {
                // A present but empty protocol is "unsupported" here, not "required".
                errs.add(FieldError.notSupported(p.child("protocol").toString(), BadValues.typed(port.protocol()),
                        ServiceValidation.PORT_PROTOCOLS));
            }
            if (port.appProtocol() != null) {
                errs.addAll(MetaValidation.qualifiedName(port.appProtocol(), p.child("appProtocol")));
            }
        }
        return errs;
    }

    private static FieldError tooMany(FieldPath p, int actual, int max) {
        return new FieldError(FieldError.Type.TOO_MANY, p.toString(), GoValues.render(actual),
                "must have at most " + max + " items");
    }
}
