package io.kubetutor.kubectl;

import static io.kubetutor.kubectl.ApiObjects.putString;
import static io.kubetutor.kubectl.ApiObjects.putStrings;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.Probe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Pod as the API server returns it: the spec as defaulting and the admission plugins leave it
 * (ServiceAccount: the default account and its kube-api-access projected volume, mounted in every
 * container; DefaultTolerationSeconds: the not-ready and unreachable tolerations; Priority:
 * priority 0 and PreemptLowerPriority), {@code generation: 1} (set on create since v1.33), and the
 * status the kubelet reports ({@link PodStatusTree}).
 *
 * <p>Pod fields the model does not keep (resources, volumes, tolerations, nodeSelector, affinity,
 * securityContext, serviceAccountName, imagePullPolicy, env valueFrom) print as the defaults a
 * manifest without them gets.
 */
final class PodTree {
    /** How long a pod's graceful deletion lasts: terminationGracePeriodSeconds' default. */
    static final long GRACE_SECONDS = 30;
    private static final String TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
    /** utilrand.String's alphabet: no vowels, no confusable characters. */
    private static final String RAND_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private PodTree() {
    }

    static Map<String, Object> of(Pod p, KubectlCluster cluster) {
        Map<String, Object> out = ApiObjects.head(p);
        out.put("metadata", ApiObjects.metadata(p.metadata(), 1L, GRACE_SECONDS));
        String volume = apiAccessVolume(p);
        out.put("spec", spec(p.spec(), volume));
        out.put("status", PodStatusTree.of(p, volume, cluster.events(io.kubetutor.sim.ObjectKey.of(p)),
                cluster.readyChangedAt(p)));
        return out;
    }

    /**
     * The ServiceAccount admission plugin's volume name: kube-api-access- and five random
     * characters. The tutor draws them from the pod's uid, so the name is stable for the pod.
     */
    static String apiAccessVolume(Pod p) {
        byte[] h = Hashes.sha256(p.metadata().uid().isEmpty() ? p.namespace() + "/" + p.name() : p.metadata().uid());
        StringBuilder b = new StringBuilder("kube-api-access-");
        for (int i = 0; i < 5; i++) {
            b.append(RAND_ALPHABET.charAt((h[i] & 0xff) % RAND_ALPHABET.length()));
        }
        return b.toString();
    }

    private static Map<String, Object> spec(PodSpec s, String volume) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("containers", containers(s.containers(), volume));
        if (!s.initContainers().isEmpty()) {
            out.put("initContainers", containers(s.initContainers(), volume));
        }
        putString(out, "restartPolicy", s.restartPolicy());
        out.put("terminationGracePeriodSeconds", GRACE_SECONDS);
        putString(out, "dnsPolicy", s.dnsPolicy());
        ApiObjects.putMap(out, "nodeSelector", s.nodeSelector());
        out.put("serviceAccountName", "default");
        out.put("serviceAccount", "default");
        putString(out, "nodeName", s.nodeName());
        if (s.hostNetwork()) {
            out.put("hostNetwork", true);
        }
        out.put("securityContext", new LinkedHashMap<String, Object>());
        putString(out, "hostname", s.hostname());
        putString(out, "subdomain", s.subdomain());
        out.put("schedulerName", "default-scheduler");
        out.put("tolerations", List.of(toleration("node.kubernetes.io/not-ready"),
                toleration("node.kubernetes.io/unreachable")));
        out.put("priority", 0L);
        if (s.enableServiceLinks() != null) {
            out.put("enableServiceLinks", s.enableServiceLinks());
        }
        out.put("preemptionPolicy", "PreemptLowerPriority");
        out.put("volumes", List.of(apiAccess(volume)));
        return out;
    }

    private static Map<String, Object> toleration(String key) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("key", key);
        t.put("operator", "Exists");
        t.put("effect", "NoExecute");
        t.put("tolerationSeconds", 300L);
        return t;
    }

    /** The projected volume: a bound token (3607 s), the cluster CA, and the pod's namespace. */
    private static Map<String, Object> apiAccess(String name) {
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("expirationSeconds", 3607L);
        token.put("path", "token");
        Map<String, Object> configMap = new LinkedHashMap<>();
        configMap.put("items", List.of(Map.of("key", "ca.crt", "path", "ca.crt")));
        configMap.put("name", "kube-root-ca.crt");
        Map<String, Object> fieldRef = new LinkedHashMap<>();
        fieldRef.put("apiVersion", "v1");
        fieldRef.put("fieldPath", "metadata.namespace");
        Map<String, Object> downward = new LinkedHashMap<>();
        downward.put("items", List.of(Map.of("fieldRef", fieldRef, "path", "namespace")));
        Map<String, Object> projected = new LinkedHashMap<>();
        projected.put("defaultMode", 420L);
        projected.put("sources", List.of(Map.of("serviceAccountToken", token), Map.of("configMap", configMap),
                Map.of("downwardAPI", downward)));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("projected", projected);
        return v;
    }

    /** The mount the ServiceAccount admission plugin adds to every container. */
    static Map<String, Object> apiAccessMount(String volume) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mountPath", TOKEN_PATH);
        m.put("name", volume);
        m.put("readOnly", true);
        return m;
    }

    private static List<Object> containers(List<Container> containers, String volume) {
        List<Object> out = new ArrayList<>();
        for (Container c : containers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("image", c.image());
            putStrings(m, "command", c.command());
            putStrings(m, "args", c.args());
            if (!c.ports().isEmpty()) {
                List<Object> ports = new ArrayList<>();
                for (Container.ContainerPort p : c.ports()) {
                    Map<String, Object> port = new LinkedHashMap<>();
                    putString(port, "name", p.name());
                    if (p.hostPort() != 0) {
                        port.put("hostPort", (long) p.hostPort());
                    }
                    port.put("containerPort", (long) p.containerPort());
                    putString(port, "protocol", p.protocol().isEmpty() ? "TCP" : p.protocol());
                    putString(port, "hostIP", p.hostIP());
                    ports.add(port);
                }
                m.put("ports", ports);
            }
            if (!c.env().isEmpty()) {
                List<Object> env = new ArrayList<>();
                for (Container.EnvVar e : c.env()) {
                    Map<String, Object> var = new LinkedHashMap<>();
                    var.put("name", e.name());
                    putString(var, "value", e.value());
                    env.add(var);
                }
                m.put("env", env);
            }
            m.put("resources", new LinkedHashMap<String, Object>());
            if (c.restartPolicy() != null) {
                m.put("restartPolicy", c.restartPolicy());
            }
            m.put("volumeMounts", List.of(apiAccessMount(volume)));
            putProbe(m, "livenessProbe", c.livenessProbe());
            putProbe(m, "readinessProbe", c.readinessProbe());
            putProbe(m, "startupProbe", c.startupProbe());
            m.put("terminationMessagePath", "/dev/termination-log");
            m.put("terminationMessagePolicy", "File");
            m.put("imagePullPolicy", pullPolicy(c.image()));
            out.add(m);
        }
        return out;
    }

    /** SetDefaults_Container: Always for the latest tag (or no tag and no digest), else IfNotPresent. */
    static String pullPolicy(String image) {
        ImageNames.Parsed ref = ImageNames.parse(image);
        return ref.tag().equals("latest") ? "Always" : "IfNotPresent";
    }

    private static void putProbe(Map<String, Object> out, String key, Probe p) {
        if (p == null) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.exec() != null) {
            Map<String, Object> exec = new LinkedHashMap<>();
            putStrings(exec, "command", p.exec().command());
            m.put("exec", exec);
        }
        if (p.httpGet() != null) {
            Map<String, Object> get = new LinkedHashMap<>();
            putString(get, "path", p.httpGet().path());
            get.put("port", ServiceTree.intOrString(p.httpGet().port()));
            putString(get, "host", p.httpGet().host());
            putString(get, "scheme", p.httpGet().scheme());
            m.put("httpGet", get);
        }
        if (p.tcpSocket() != null) {
            Map<String, Object> tcp = new LinkedHashMap<>();
            tcp.put("port", ServiceTree.intOrString(p.tcpSocket().port()));
            putString(tcp, "host", p.tcpSocket().host());
            m.put("tcpSocket", tcp);
        }
        if (p.grpc() != null) {
            Map<String, Object> grpc = new LinkedHashMap<>();
            grpc.put("port", (long) p.grpc().port());
            // SetDefaults_GRPCAction sets an unset service to "".
            grpc.put("service", p.grpc().service() == null ? "" : p.grpc().service());
            m.put("grpc", grpc);
        }
        putPositive(m, "initialDelaySeconds", p.initialDelaySeconds());
        putPositive(m, "timeoutSeconds", p.timeoutSeconds());
        putPositive(m, "periodSeconds", p.periodSeconds());
        putPositive(m, "successThreshold", p.successThreshold());
        putPositive(m, "failureThreshold", p.failureThreshold());
        out.put(key, m);
    }

    private static void putPositive(Map<String, Object> out, String key, int value) {
        if (value != 0) {
            out.put(key, (long) value);
        }
    }
}
