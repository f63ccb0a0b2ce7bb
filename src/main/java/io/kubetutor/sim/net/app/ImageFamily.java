package io.kubetutor.sim.net.app;

import java.util.List;
import java.util.Map;

/**
 * The images whose behaviour the tutor knows, by repository. Everything else is {@link #OTHER} and
 * answers by the tutor's convention ({@link TutorApp}).
 */
enum ImageFamily {
    NGINX, HTTPD, WHOAMI, HTTP_ECHO, ECHOSERVER, AGNHOST, NGINXDEMOS_HELLO,
    REDIS, POSTGRES, MYSQL, MONGO, MEMCACHED, OTHER;

    private static final Map<String, ImageFamily> BY_REPOSITORY = Map.ofEntries(
            Map.entry("nginx", NGINX), Map.entry("public.ecr.aws/nginx/nginx", NGINX),
            Map.entry("mirror.gcr.io/library/nginx", NGINX),
            Map.entry("httpd", HTTPD), Map.entry("public.ecr.aws/docker/library/httpd", HTTPD),
            Map.entry("traefik/whoami", WHOAMI), Map.entry("containous/whoami", WHOAMI),
            Map.entry("hashicorp/http-echo", HTTP_ECHO),
            Map.entry("registry.k8s.io/echoserver", ECHOSERVER), Map.entry("k8s.gcr.io/echoserver", ECHOSERVER),
            Map.entry("gcr.io/google_containers/echoserver", ECHOSERVER),
            Map.entry("registry.k8s.io/e2e-test-images/agnhost", AGNHOST),
            Map.entry("k8s.gcr.io/e2e-test-images/agnhost", AGNHOST),
            Map.entry("nginxdemos/hello", NGINXDEMOS_HELLO),
            Map.entry("redis", REDIS), Map.entry("postgres", POSTGRES), Map.entry("mysql", MYSQL),
            Map.entry("mariadb", MYSQL), Map.entry("mongo", MONGO), Map.entry("memcached", MEMCACHED));

    static ImageFamily of(ImageRef image) {
        return BY_REPOSITORY.getOrDefault(image.repository(), OTHER);
    }

    /** The agnhost subcommands the tutor simulates. */
    static final List<String> AGNHOST_SUBCOMMANDS = List.of("netexec", "serve-hostname");
}
