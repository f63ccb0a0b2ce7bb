package io.kubetutor.bench;

import io.kubetutor.manifest.yaml.ReadLimits;
import java.util.ArrayList;
import java.util.List;

/** Manifests the benchmarks feed through the pipeline: one a learner would write, one very large. */
final class SampleManifests {
    private SampleManifests() {
    }

    /** About 200 lines: what a learner's editor holds in a full lesson (workloads, Services, Ingress). */
    static String typical() {
        StringBuilder b = new StringBuilder();
        for (String app : new String[] {"web", "api", "cart"}) {
            b.append("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: %1$s
                      labels:
                        app: %1$s
                    spec:
                      replicas: 3
                      selector:
                        matchLabels:
                          app: %1$s
                      template:
                        metadata:
                          labels:
                            app: %1$s
                            tier: frontend
                        spec:
                          containers:
                          - name: %1$s
                            image: nginx:1.27
                            ports:
                            - name: http
                              containerPort: 8080
                            readinessProbe:
                              httpGet:
                                path: /healthz
                                port: http
                              periodSeconds: 5
                            resources:
                              requests: {cpu: 100m, memory: 64Mi}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: %1$s
                    spec:
                      type: NodePort
                      selector:
                        app: %1$s
                      ports:
                      - name: http
                        port: 80
                        targetPort: http
                    ---
                    """.formatted(app));
        }
        b.append("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web-lb
                spec:
                  type: LoadBalancer
                  externalTrafficPolicy: Local
                  sessionAffinity: ClientIP
                  selector:
                    app: web
                  ports:
                  - name: http
                    port: 80
                    targetPort: 8080
                  - name: https
                    port: 443
                    targetPort: 8443
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: nginx
                spec:
                  clusterIP: None
                  selector:
                    app: nginx
                  ports:
                  - name: web
                    port: 80
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: nginx
                spec:
                  serviceName: nginx
                  replicas: 2
                  selector:
                    matchLabels:
                      app: nginx
                  template:
                    metadata:
                      labels:
                        app: nginx
                    spec:
                      containers:
                      - name: nginx
                        image: nginx:1.27
                        ports:
                        - name: web
                          containerPort: 80
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: shop
                spec:
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - path: /cart
                        pathType: Prefix
                        backend:
                          service:
                            name: cart
                            port:
                              number: 80
                      - path: /
                        pathType: Prefix
                        backend:
                          service:
                            name: web
                            port:
                              name: http
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  mode: demo
                """);
        return b.toString();
    }

    /**
     * {@link #typical()} after one edit a learner makes between pauses: the web-lb Service's https
     * port changed from 443 to 8443, so a re-apply configures that one Service and leaves the rest.
     */
    static String typicalWithOnePortChanged() {
        String typical = typical();
        String from = "  - name: https\n    port: 443\n";
        int at = typical.indexOf(from);
        if (at < 0 || typical.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("the typical manifest no longer holds exactly one https port 443");
        }
        return typical.replace(from, "  - name: https\n    port: 8443\n");
    }

    /**
     * {@code services} Services, each selecting {@code podsPerService} bare Pods, in flow style, split
     * evenly into the fewest files that each stay within the reader's document limit (one file for
     * 1,000 Services and 10,000 Pods). A Service and its Pods always share a file.
     */
    static List<String> large(int services, int podsPerService) {
        int servicesPerFileAtMost = ReadLimits.DEFAULT.maxDocuments() / (1 + podsPerService);
        if (servicesPerFileAtMost == 0) {
            throw new IllegalArgumentException("one Service with " + podsPerService + " Pods is over the document limit");
        }
        int files = (services + servicesPerFileAtMost - 1) / servicesPerFileAtMost;
        List<String> texts = new ArrayList<>(files);
        int next = 0;
        for (int f = 0; f < files; f++) {
            int end = next + (services - next) / (files - f);
            texts.add(large(next, end, podsPerService));
            next = end;
        }
        return texts;
    }

    private static String large(int firstService, int endService, int podsPerService) {
        StringBuilder b = new StringBuilder((endService - firstService) * (160 + podsPerService * 160));
        for (int s = firstService; s < endService; s++) {
            b.append("{apiVersion: v1, kind: Service, metadata: {name: svc-").append(s)
                    .append("}, spec: {type: NodePort, selector: {app: app-").append(s)
                    .append("}, ports: [{name: http, port: 80, targetPort: 8080}]}}\n---\n");
            for (int p = 0; p < podsPerService; p++) {
                b.append("{apiVersion: v1, kind: Pod, metadata: {name: app-").append(s).append('-').append(p)
                        .append(", labels: {app: app-").append(s)
                        .append("}}, spec: {containers: [{name: app, image: nginx, ports: [{containerPort: 8080}]}]}}\n---\n");
            }
        }
        return b.toString();
    }
}
