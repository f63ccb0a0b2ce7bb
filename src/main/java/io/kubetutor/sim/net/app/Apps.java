package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;

/**
 * What the app in a pod answers once a request has reached a port it listens on
 * ({@link Binding#listen} said so): per image family, as the real image does; any other image by
 * the tutor's convention ({@link TutorApp}). Dates come from the virtual clock ({@link HttpDates}).
 */
public final class Apps {
    private Apps() {
    }

    /** The reply of container {@code c} in {@code pod} to {@code req} arriving on {@code port} at virtual time {@code nowMillis}. */
    public static AppReply respond(Pod pod, Container c, int port, HttpRequest req, long nowMillis) {
        ImageRef image = ImageRef.parse(c.image());
        ImageFamily family = ImageFamily.of(image);
        return switch (family) {
            case NGINX -> NginxApp.respond(NginxApp.version(image), req, nowMillis);
            case HTTPD -> HttpdApp.respond(pod, image, req, nowMillis);
            case WHOAMI -> WhoamiApp.respond(pod, c, req, nowMillis);
            case HTTP_ECHO -> HttpEchoApp.respond(pod, c, image, req, nowMillis);
            case ECHOSERVER -> EchoserverApp.respond(pod, c, image, port, req, nowMillis);
            case AGNHOST -> AgnhostApp.simulates(c) ? AgnhostApp.respond(pod, c, req, nowMillis)
                    : TutorApp.respond(pod, port, req, nowMillis);
            case NGINXDEMOS_HELLO -> NginxDemosHello.respond(pod, image, port, req, nowMillis);
            case REDIS, POSTGRES, MYSQL, MONGO, MEMCACHED -> DatabaseApps.respond(family, req);
            case OTHER -> TutorApp.respond(pod, port, req, nowMillis);
        };
    }
}
