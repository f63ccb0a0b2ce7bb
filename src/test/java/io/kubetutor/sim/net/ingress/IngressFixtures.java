package io.kubetutor.sim.net.ingress;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApplyResult;
import io.kubetutor.sim.Cluster;
import java.util.Map;
import java.util.SplittableRandom;

/** A cluster with ingress-nginx deployed as its official manifest deploys it, and apps behind it. */
public final class IngressFixtures {
    static final String FILE = "ingress.yaml";

    /** The official manifest's shape (deploy/static/provider/cloud), trimmed to what routing reads. */
    public static final String CONTROLLER = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ingress-nginx
              labels: {app.kubernetes.io/name: ingress-nginx}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: ingress-nginx-controller
              namespace: ingress-nginx
            spec:
              type: LoadBalancer
              selector: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
              ports:
              - {name: http, port: 80, targetPort: http, protocol: TCP, appProtocol: http}
              - {name: https, port: 443, targetPort: https, protocol: TCP, appProtocol: https}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: ingress-nginx-controller-admission
              namespace: ingress-nginx
            spec:
              type: ClusterIP
              selector: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
              ports:
              - {name: https-webhook, port: 443, targetPort: webhook, appProtocol: https}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ingress-nginx-controller
              namespace: ingress-nginx
              labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
            spec:
              selector:
                matchLabels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
              template:
                metadata:
                  labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
                spec:
                  containers:
                  - name: controller
                    image: registry.k8s.io/ingress-nginx/controller:v1.12.1@sha256:d2fbc4ec70d8aa2050dd91a91506e998765e86c96f32cffb56c503c9c34eed5b
                    args:
                    - /nginx-ingress-controller
                    - --publish-service=$(POD_NAMESPACE)/ingress-nginx-controller
                    - --election-id=ingress-nginx-leader
                    - --controller-class=k8s.io/ingress-nginx
                    - --ingress-class=nginx
                    - --configmap=$(POD_NAMESPACE)/ingress-nginx-controller
                    - --validating-webhook=:8443
                    env:
                    - name: POD_NAME
                      valueFrom: {fieldRef: {fieldPath: metadata.name}}
                    - name: POD_NAMESPACE
                      valueFrom: {fieldRef: {fieldPath: metadata.namespace}}
                    - {name: LD_PRELOAD, value: /usr/local/lib/libmimalloc.so}
                    ports:
                    - {containerPort: 80, name: http, protocol: TCP}
                    - {containerPort: 443, name: https, protocol: TCP}
                    - {containerPort: 8443, name: webhook, protocol: TCP}
            ---
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata:
              name: nginx
              labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
            spec:
              controller: k8s.io/ingress-nginx
            """;

    private IngressFixtures() {
    }

    /** A Deployment of {@code replicas} nginx pods labelled app: NAME on {@code port}, and its Service on 80. */
    public static String app(String name, int replicas, int port) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s}
                spec:
                  replicas: %2$d
                  selector: {matchLabels: {app: %1$s}}
                  template:
                    metadata: {labels: {app: %1$s}}
                    spec:
                      containers:
                      - {name: web, image: nginx, ports: [{containerPort: %3$d, name: http}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: %1$s}
                spec:
                  selector: {app: %1$s}
                  ports: [{name: web, port: 80, targetPort: http}]
                """.formatted(name, replicas, port);
    }

    /**
     * An Ingress of class nginx. {@code annotations} is the inside of a YAML flow map ("" for none);
     * each path is "TYPE PATH SERVICE[:PORT]" (PORT a number or a name, default 80); host "" for none.
     */
    public static String ingress(String name, String annotations, String host, String... paths) {
        StringBuilder y = new StringBuilder("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ")
                .append(name).append("\n  annotations: {").append(annotations).append("}\nspec:\n")
                .append("  ingressClassName: nginx\n  rules:\n  - ");
        if (!host.isEmpty()) {
            y.append("host: '").append(host).append("'\n    ");
        }
        y.append("http:\n      paths:\n");
        for (String p : paths) {
            String[] f = p.split(" ");
            String[] svc = f[2].split(":");
            String port = svc.length == 1 ? "number: 80"
                    : svc[1].matches("\\d+") ? "number: " + svc[1] : "name: " + svc[1];
            y.append("      - {path: '").append(f[1]).append("', pathType: ").append(f[0])
                    .append(", backend: {service: {name: ").append(svc[0]).append(", port: {").append(port)
                    .append("}}}}\n");
        }
        return y.toString();
    }

    /** The default topology with its cloud load balancer switched on, nothing applied. */
    public static Cluster bare() {
        ClusterTopology d = ClusterTopology.defaults();
        return new Cluster(new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(true, "203.0.113.0/28"), d.proxyMode()), 7);
    }

    /** The controller and {@code documents} applied, then time let pass until the pods are ready. */
    public static Cluster cluster(String... documents) {
        Cluster c = bare();
        apply(c, CONTROLLER + "---\n" + String.join("---\n", documents));
        c.settle(120_000);
        return c;
    }

    public static ApplyResult apply(Cluster c, String yaml) {
        LoadedManifests m = ManifestLoader.load(FILE, yaml);
        for (Diagnostic d : m.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                throw new AssertionError(d.format());
            }
        }
        ApplyResult r = c.apply(FILE, m.objects(), false);
        if (r.failed()) {
            throw new AssertionError(String.join("\n", r.lines()));
        }
        return r;
    }

    /** The installed controller, found as the router finds it. */
    static IngressController controller(IngressControllers cs) {
        return cs.find("ingress-nginx", "ingress-nginx-controller")
                .orElseThrow(() -> new AssertionError("no controller found"));
    }

    /** Routes requests over the cluster as it is now, with one balancer kept by the caller. */
    static final class Client {
        final Cluster cluster;
        final IngressBalancer balancer;

        Client(Cluster cluster) {
            this(cluster, new IngressBalancer(new SplittableRandom(3)));
        }

        Client(Cluster cluster, IngressBalancer balancer) {
            this.cluster = cluster;
            this.balancer = balancer;
        }

        IngressRoute get(String scheme, String host, String path, Map<String, String> cookies) {
            IngressControllers cs = IngressControllers.build(cluster.networkState());
            return new IngressRouter(cs, balancer).route(controller(cs), scheme, host, path, cookies);
        }

        IngressRoute http(String host, String path) {
            return get("http", host, path, Map.of());
        }

        IngressRoute https(String host, String path) {
            return get("https", host, path, Map.of());
        }
    }
}
