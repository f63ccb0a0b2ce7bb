package io.kubetutor.kubectl;

/** Manifests the kubectl tests start from. */
final class Fixtures {
    static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                app: web
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: nginx
                    image: nginx
                    ports:
                    - containerPort: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: web
              ports:
              - name: http
                port: 80
                targetPort: 8080
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-0
              labels:
                app: web
                tier: front
            spec:
              containers:
              - name: nginx
                image: nginx
                ports:
                - containerPort: 8080
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: cart
              namespace: shop
            spec:
              selector:
                app: cart
              ports:
              - port: 8080
            """;

    private Fixtures() {
    }

    static TestCluster web() {
        return TestCluster.with(WEB);
    }
}
