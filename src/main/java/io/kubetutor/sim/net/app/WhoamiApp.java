package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * traefik/whoami (app.go): {@code /} prints {@code Name:} (with {@code --name}/WHOAMI_NAME), the
 * hostname, one {@code IP:} line per interface address, {@code RemoteAddr:} and then the request
 * as Go's {@code Request.Write} serializes it; {@code /api} the same as JSON, {@code /health} an
 * empty 200, {@code /bench} {@code 1}, {@code /echo} wants a WebSocket. {@code ?wait=} (a sleep)
 * and {@code ?env=true} (the process environment) are not simulated.
 */
final class WhoamiApp {
    private WhoamiApp() {
    }

    /** {@code --port} (or WHOAMI_PORT_NUMBER), default 80; a port that does not parse makes it exit. */
    static Set<Integer> ports(Args args, Container c) {
        String port = args.value("--port", "-port");
        if (port == null) {
            for (Container.EnvVar e : c.env()) {
                if (e.name().equals("WHOAMI_PORT_NUMBER") && !e.value().isEmpty()) {
                    port = e.value();
                }
            }
        }
        try {
            return Set.of(Integer.parseInt(port == null ? "80" : port));
        } catch (NumberFormatException e) {
            return Set.of();
        }
    }

    static HttpResponse respond(Pod pod, Container c, HttpRequest req, long now) {
        String name = Args.of(c).value("--name", "-name");
        if (name == null) {
            name = PodFacts.env(pod, c, "WHOAMI_NAME");
        }
        name = name == null ? "" : name;
        switch (req.pathOnly()) {
            case "/health":
                return GoHttp.respond(req, 200, List.of(), "", now);
            case "/bench":
                return GoHttp.respond(req, 200, HttpResponse.headers("Connection", "keep-alive",
                        "Content-Type", "text/plain"), "1", now);
            case "/echo":
                // gorilla/websocket refuses a plain GET with http.Error(400).
                return GoHttp.respond(req, 400, HttpResponse.headers("Sec-Websocket-Version", "13",
                        "Content-Type", "text/plain; charset=utf-8", "X-Content-Type-Options", "nosniff"),
                        "Bad Request\n", now);
            case "/api":
                return GoHttp.respond(req, 200, HttpResponse.headers("Access-Control-Allow-Origin", "*",
                        "Access-Control-Allow-Methods", "*", "Content-Type", "application/json"),
                        api(pod, req, name), now);
            default:
                return GoHttp.respond(req, 200, List.of(), dump(pod, req, name), now);
        }
    }

    private static String dump(Pod pod, HttpRequest req, String name) {
        StringBuilder b = new StringBuilder();
        if (!name.isEmpty()) {
            b.append("Name: ").append(name).append('\n');
        }
        b.append("Hostname: ").append(PodFacts.hostname(pod)).append('\n');
        for (String ip : PodFacts.interfaceAddresses(pod)) {
            b.append("IP: ").append(ip).append('\n');
        }
        b.append("RemoteAddr: ").append(req.remoteAddr()).append('\n');
        return b.append(requestWrite(req)).toString();
    }

    /** Go's Request.Write of the request the server received. */
    static String requestWrite(HttpRequest req) {
        StringBuilder b = new StringBuilder();
        b.append(req.method()).append(' ').append(req.path()).append(" HTTP/1.1\r\n");
        b.append("Host: ").append(req.host()).append("\r\n");
        String ua = req.header("User-Agent");
        ua = ua == null ? "Go-http-client/1.1" : ua.trim();
        if (!ua.isEmpty()) {
            b.append("User-Agent: ").append(ua).append("\r\n");
        }
        int length = req.body().getBytes(StandardCharsets.UTF_8).length;
        if (length > 0 || List.of("POST", "PUT", "PATCH").contains(req.method())) {
            b.append("Content-Length: ").append(length).append("\r\n");
        }
        for (Map.Entry<String, String> e : goHeaders(req).entrySet()) {
            b.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
        }
        return b.append("\r\n").append(req.body()).toString();
    }

    /** The request headers as Go's server keeps them: canonical keys, sorted, without the transfer ones. */
    private static TreeMap<String, String> goHeaders(HttpRequest req) {
        TreeMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : req.headers().entrySet()) {
            String k = GoHttp.canonicalKey(e.getKey());
            if (!List.of("Host", "User-Agent", "Content-Length", "Transfer-Encoding", "Trailer").contains(k)) {
                out.put(k, e.getValue());
            }
        }
        return out;
    }

    private static String api(Pod pod, HttpRequest req, String name) {
        StringBuilder b = new StringBuilder("{\"hostname\":").append(io.kubetutor.model.GoValues.json(PodFacts.hostname(pod)));
        List<String> ips = new ArrayList<>();
        for (String ip : PodFacts.interfaceAddresses(pod)) {
            ips.add(io.kubetutor.model.GoValues.json(ip));
        }
        b.append(",\"ip\":[").append(String.join(",", ips)).append(']');
        TreeMap<String, String> headers = new TreeMap<>();
        for (Map.Entry<String, String> e : req.headers().entrySet()) {
            headers.put(GoHttp.canonicalKey(e.getKey()), e.getValue());
        }
        if (!headers.isEmpty()) {
            List<String> hs = new ArrayList<>();
            headers.forEach((k, v) -> hs.add(io.kubetutor.model.GoValues.json(k) + ":[" + io.kubetutor.model.GoValues.json(v) + "]"));
            b.append(",\"headers\":{").append(String.join(",", hs)).append('}');
        }
        b.append(",\"url\":").append(io.kubetutor.model.GoValues.json(req.path()));
        b.append(",\"host\":").append(io.kubetutor.model.GoValues.json(req.host()));
        b.append(",\"method\":").append(io.kubetutor.model.GoValues.json(req.method()));
        if (!name.isEmpty()) {
            b.append(",\"name\":").append(io.kubetutor.model.GoValues.json(name));
        }
        b.append(",\"remoteAddr\":").append(io.kubetutor.model.GoValues.json(req.remoteAddr()));
        return b.append("}\n").toString();
    }
}
