package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import java.util.List;
import java.util.Set;

/**
 * hashicorp/http-echo (main.go, handlers.go): listens on {@code -listen} (default {@code :5678}),
 * answers every path with the {@code -text} value and a newline ({@code fmt.Fprintln}), and
 * {@code /health} with {@code {"status":"ok"}}; every answer carries {@code X-App-Name} and
 * {@code X-App-Version}. Without a text (or, from 1.0, {@code ECHO_TEXT}) it exits at start, so
 * nothing listens.
 */
final class HttpEchoApp {
    /** The version the {@code latest} tag carries. */
    static final String LATEST_VERSION = "1.0.0";

    private HttpEchoApp() {
    }

    static Set<Integer> ports(Args args, Container c, ImageRef image) {
        if (text(args, c, image) == null) {
            return Set.of();
        }
        String listen = args.value("-listen", "--listen");
        listen = listen == null ? ":5678" : listen;
        try {
            return Set.of(Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1)));
        } catch (NumberFormatException e) {
            return Set.of();
        }
    }

    /** The text it echoes, or null when it has none (and exits). */
    static String text(Args args, Container c, ImageRef image) {
        String text = args.value("-text", "--text");
        if ((text == null || text.isEmpty()) && !version(image).startsWith("0.")) {
            text = null;
            for (Container.EnvVar e : c.env()) {
                if (e.name().equals("ECHO_TEXT") && !e.value().isEmpty()) {
                    text = e.value();
                }
            }
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /** The version in X-App-Version: the tag when it names one, else the newest release. */
    static String version(ImageRef image) {
        String tag = image.tag();
        if (tag.matches("\\d+\\.\\d+\\.\\d+")) {
            return tag;
        }
        if (tag.matches("\\d+\\.\\d+")) {
            return tag.equals("0.2") ? "0.2.3" : tag + ".0";
        }
        return LATEST_VERSION;
    }

    static HttpResponse respond(Pod pod, Container c, ImageRef image, HttpRequest req, long now) {
        Args args = Args.of(c);
        String text = text(args, c, image);
        List<HttpResponse.Header> app = HttpResponse.headers("X-App-Name", "http-echo",
                "X-App-Version", version(image));
        if (req.pathOnly().equals("/health")) {
            return GoHttp.respond(req, 200, app, "{\"status\":\"ok\"}\n", now);
        }
        int status = 200;
        String code = args.value("-status-code", "--status-code");
        if (code != null) {
            try {
                status = Integer.parseInt(code);
            } catch (NumberFormatException e) {
                status = 200;
            }
        }
        return GoHttp.respond(req, status, app, (text == null ? "" : text) + "\n", now);
    }
}
