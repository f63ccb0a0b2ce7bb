package io.kubetutor.kubectl;

import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * expose.go's createService: the Service kubectl builds from the exposed object and the flags,
 * before the server defaults anything (no type unless --type, targetPort = port unless
 * --target-port, ports named port-1, port-2, ... when there are several).
 */
final class ServiceGenerator {
    /** The inputs createService reads, as strings the way kubectl holds them. */
    record Params(String name, String selector, String labels, String port, String ports, String protocol,
                  String protocols, String targetPort, String externalIP, String type, String loadBalancerIP,
                  String sessionAffinity, String clusterIP) {
    }

    record Generated(ObjectMeta metadata, ServiceSpec spec) {
    }

    private ServiceGenerator() {
    }

    static Generated generate(Params p) throws KubectlError {
        if (p.selector().isEmpty()) {
            throw KubectlError.plain("selector must be specified");
        }
        Map<String, String> selector = parseLabels(p.selector());
        Map<String, String> labels = p.labels().isEmpty() ? null : parseLabels(p.labels());
        if (p.name().isEmpty()) {
            throw KubectlError.plain("name must be specified");
        }
        Map<String, List<String>> protocolsByPort = p.protocols().isEmpty() ? Map.of() : parseProtocols(p.protocols());
        String portString = p.ports().isEmpty() ? p.port() : p.ports();
        List<ServicePort> ports = new ArrayList<>();
        if (!portString.isEmpty()) {
            String[] each = portString.split(",", -1);
            for (int i = 0; i < each.length; i++) {
                int port = atoi(each[i]);
                String name = each.length > 1 ? "port-" + (i + 1) : "";
                String protocol = p.protocol();
                if (protocol.isEmpty()) {
                    protocol = "TCP";
                    List<String> derived = protocolsByPort.get(each[i]);
                    if (derived != null && derived.size() == 1) {
                        protocol = derived.get(0);
                    } else if (derived != null) {
                        for (String proto : derived) {
                            ports.add(new ServicePort("port-" + (i + 1) + "-" + proto.toLowerCase(), proto, null, port,
                                    null, 0));
                        }
                        continue;
                    }
                }
                ports.add(new ServicePort(name, protocol, null, port, null, 0));
            }
        }
        List<ServicePort> withTargets = new ArrayList<>();
        for (ServicePort sp : ports) {
            IntOrString target = p.targetPort().isEmpty() ? IntOrString.of(sp.port()) : parseIntOrString(p.targetPort());
            withTargets.add(sp.withTargetPort(target));
        }
        ServiceSpec.Builder spec = ServiceSpec.builder();
        spec.selector = selector;
        spec.ports = withTargets;
        if (!p.externalIP().isEmpty()) {
            spec.externalIPs = List.of(p.externalIP());
        }
        if (!p.type().isEmpty()) {
            spec.type = p.type();
        }
        if (spec.type.equals("LoadBalancer")) {
            spec.loadBalancerIP = p.loadBalancerIP();
        }
        if (!p.sessionAffinity().isEmpty()) {
            if (!p.sessionAffinity().equals("None") && !p.sessionAffinity().equals("ClientIP")) {
                throw KubectlError.plain("unknown session affinity: " + p.sessionAffinity());
            }
            spec.sessionAffinity = p.sessionAffinity();
        }
        if (!p.clusterIP().isEmpty()) {
            spec.clusterIP = p.clusterIP();
        }
        return new Generated(new ObjectMeta(p.name(), "", "", labels, null), spec.build());
    }

    /** expose.go parseLabels: {@code k=v,k2=v2}. */
    private static Map<String, String> parseLabels(String spec) throws KubectlError {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : spec.split(",", -1)) {
            String[] kv = part.split("=", -1);
            if (kv.length != 2) {
                throw KubectlError.plain("unexpected label spec: " + part);
            }
            if (kv[0].isEmpty()) {
                throw KubectlError.plain("unexpected empty label key");
            }
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    /** expose.go parseProtocols: {@code 53/TCP,53/UDP} grouped by port, in order. */
    private static Map<String, List<String>> parseProtocols(String spec) throws KubectlError {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : spec.split(",", -1)) {
            String[] pp = part.split("/", -1);
            if (pp.length != 2) {
                throw KubectlError.plain("unexpected port protocol mapping: " + part);
            }
            out.computeIfAbsent(pp[0], k -> new ArrayList<>()).add(pp[1]);
        }
        return out;
    }

    /** strconv.Atoi with Go's error text. */
    private static int atoi(String s) throws KubectlError {
        java.math.BigInteger v = decimal(s);
        if (v == null) {
            throw KubectlError.plain("strconv.Atoi: parsing " + GoText.quote(s) + ": invalid syntax");
        }
        if (v.bitLength() > 63) {
            throw KubectlError.plain("strconv.Atoi: parsing " + GoText.quote(s) + ": value out of range");
        }
        // int32(port): Go truncates; ports outside 1-65535 are the server's to refuse
        return v.intValue();
    }

    private static java.math.BigInteger decimal(String s) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return new java.math.BigInteger(s.startsWith("+") ? digits : s);
    }

    /** intstr.Parse: a number when strconv.Atoi takes it, else the name. */
    static IntOrString parseIntOrString(String s) {
        java.math.BigInteger v = decimal(s);
        if (v == null || v.bitLength() > 63) {
            return IntOrString.of(s);
        }
        return IntOrString.of(v.intValue());
    }
}
