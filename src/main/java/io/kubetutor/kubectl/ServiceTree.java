package io.kubetutor.kubectl;

import io.kubetutor.model.GoValues;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Service as Go's encoding/json writes the v1 struct: fields in struct order, {@code omitempty}
 * fields left out when empty, maps with their keys sorted, {@code creationTimestamp: null} for an
 * unset time (metav1.Time is a struct, which omitempty never drops), and {@code status.loadBalancer}
 * always present. Values are String, Long, Boolean, null, List and Map, in insertion order.
 */
final class ServiceTree {
    private ServiceTree() {
    }

    /**
     * @param withServerFields whether to write uid and creationTimestamp (a dry-run object has
     *                         neither, and prints {@code creationTimestamp: null})
     */
    static Map<String, Object> of(Service s, boolean withServerFields) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", "Service");
        root.put("apiVersion", "v1");
        root.put("metadata", metadata(s.metadata(), withServerFields));
        root.put("spec", spec(s.spec()));
        root.put("status", status(s.status()));
        return root;
    }

    private static Map<String, Object> metadata(ObjectMeta m, boolean withServerFields) {
        Map<String, Object> out = new LinkedHashMap<>();
        putString(out, "name", m.name());
        putString(out, "generateName", m.generateName());
        putString(out, "namespace", m.namespace());
        if (withServerFields) {
            putString(out, "uid", m.uid());
        } else {
            out.put("creationTimestamp", null);
        }
        putMap(out, "labels", m.labels());
        putMap(out, "annotations", m.annotations());
        return out;
    }

    private static Map<String, Object> spec(ServiceSpec s) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!s.ports().isEmpty()) {
            List<Object> ports = new ArrayList<>();
            for (ServicePort p : s.ports()) {
                ports.add(port(p));
            }
            out.put("ports", ports);
        }
        putMap(out, "selector", s.selector());
        putString(out, "clusterIP", s.clusterIP());
        putList(out, "clusterIPs", s.clusterIPs());
        putString(out, "type", s.type());
        putList(out, "externalIPs", s.externalIPs());
        putString(out, "sessionAffinity", s.sessionAffinity());
        putString(out, "loadBalancerIP", s.loadBalancerIP());
        putList(out, "loadBalancerSourceRanges", s.loadBalancerSourceRanges());
        putString(out, "externalName", s.externalName());
        putString(out, "externalTrafficPolicy", s.externalTrafficPolicy());
        if (s.healthCheckNodePort() != 0) {
            out.put("healthCheckNodePort", (long) s.healthCheckNodePort());
        }
        if (s.publishNotReadyAddresses()) {
            out.put("publishNotReadyAddresses", true);
        }
        if (s.sessionAffinityConfig() != null) {
            Map<String, Object> config = new LinkedHashMap<>();
            if (s.sessionAffinityConfig().clientIP() != null) {
                Map<String, Object> clientIP = new LinkedHashMap<>();
                Integer timeout = s.sessionAffinityConfig().clientIP().timeoutSeconds();
                if (timeout != null) {
                    clientIP.put("timeoutSeconds", (long) timeout);
                }
                config.put("clientIP", clientIP);
            }
            out.put("sessionAffinityConfig", config);
        }
        putList(out, "ipFamilies", s.ipFamilies());
        if (s.ipFamilyPolicy() != null) {
            out.put("ipFamilyPolicy", s.ipFamilyPolicy());
        }
        if (s.allocateLoadBalancerNodePorts() != null) {
            out.put("allocateLoadBalancerNodePorts", s.allocateLoadBalancerNodePorts());
        }
        if (s.loadBalancerClass() != null) {
            out.put("loadBalancerClass", s.loadBalancerClass());
        }
        if (s.internalTrafficPolicy() != null) {
            out.put("internalTrafficPolicy", s.internalTrafficPolicy());
        }
        if (s.trafficDistribution() != null) {
            out.put("trafficDistribution", s.trafficDistribution());
        }
        return out;
    }

    private static Map<String, Object> port(ServicePort p) {
        Map<String, Object> out = new LinkedHashMap<>();
        putString(out, "name", p.name());
        putString(out, "protocol", p.protocol());
        if (p.appProtocol() != null) {
            out.put("appProtocol", p.appProtocol());
        }
        out.put("port", (long) p.port());
        out.put("targetPort", intOrString(p.targetPort()));
        if (p.nodePort() != 0) {
            out.put("nodePort", (long) p.nodePort());
        }
        return out;
    }

    private static Map<String, Object> status(ServiceStatus s) {
        Map<String, Object> lb = new LinkedHashMap<>();
        if (!s.loadBalancerIngress().isEmpty()) {
            List<Object> ingress = new ArrayList<>();
            for (ServiceStatus.LoadBalancerIngress i : s.loadBalancerIngress()) {
                Map<String, Object> e = new LinkedHashMap<>();
                putString(e, "ip", i.ip());
                putString(e, "hostname", i.hostname());
                if (i.ipMode() != null) {
                    e.put("ipMode", i.ipMode());
                }
                ingress.add(e);
            }
            lb.put("ingress", ingress);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loadBalancer", lb);
        return out;
    }

    static Object intOrString(IntOrString v) {
        return v.isInt() ? (Object) (long) v.intValue() : v.stringValue();
    }

    private static void putString(Map<String, Object> out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.put(key, value);
        }
    }

    private static void putList(Map<String, Object> out, String key, List<String> value) {
        if (value != null && !value.isEmpty()) {
            out.put(key, new ArrayList<Object>(value));
        }
    }

    /** encoding/json writes a Go map with its keys sorted. */
    private static void putMap(Map<String, Object> out, String key, Map<String, String> value) {
        if (value != null && !value.isEmpty()) {
            TreeMap<String, String> sorted = new TreeMap<>(GoValues.STRING_ORDER);
            sorted.putAll(value);
            out.put(key, new LinkedHashMap<String, Object>(sorted));
        }
    }
}
