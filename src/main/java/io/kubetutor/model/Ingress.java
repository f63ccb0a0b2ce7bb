package io.kubetutor.model;

import java.util.List;

/** networking.k8s.io/v1 Ingress. */
public record Ingress(ObjectMeta metadata, Spec spec, List<String> statusAddresses, Origin origin)
        implements KubeObject {
    public Ingress {
        // A manifest without spec: is Go's zero-valued struct, not a missing one.
        spec = spec == null ? new Spec(null, null, null, null) : spec;
        statusAddresses = Maps.list(statusAddresses);
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "networking.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "Ingress";
    }

    /** ingressClassName and defaultBackend nullable. */
    public record Spec(String ingressClassName, Backend defaultBackend, List<Tls> tls, List<Rule> rules) {
        public Spec {
            tls = Maps.list(tls);
            rules = Maps.list(rules);
        }
    }

    /** service or resource (each nullable). */
    public record Backend(ServiceBackend service, ResourceRef resource) {
    }

    /** port nullable. */
    public record ServiceBackend(String name, BackendPort port) {
        public ServiceBackend {
            name = name == null ? "" : name;
        }
    }

    /** name "" and number 0 when absent. */
    public record BackendPort(String name, int number) {
        public BackendPort {
            name = name == null ? "" : name;
        }
    }

    /** apiGroup nullable. */
    public record ResourceRef(String apiGroup, String kind, String name) {
        public ResourceRef {
            kind = kind == null ? "" : kind;
            name = name == null ? "" : name;
        }
    }

    public record Tls(List<String> hosts, String secretName) {
        public Tls {
            hosts = Maps.list(hosts);
            secretName = secretName == null ? "" : secretName;
        }
    }

    /** host "" when absent; http nullable. */
    public record Rule(String host, Http http) {
        public Rule {
            host = host == null ? "" : host;
        }
    }

    public record Http(List<Path> paths) {
        public Http {
            paths = Maps.list(paths);
        }
    }

    /** path "" when absent; pathType null when absent (required in v1); backend never null. */
    public record Path(String path, String pathType, Backend backend) {
        public Path {
            path = path == null ? "" : path;
            backend = backend == null ? new Backend(null, null) : backend;
        }
    }
}
