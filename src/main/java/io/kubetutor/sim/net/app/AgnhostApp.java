package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Reason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * registry.k8s.io/e2e-test-images/agnhost, the two subcommands lessons use (test/images/agnhost):
 * {@code netexec} (HTTP on {@code --http-port}, default 8080: {@code /} → {@code NOW: <time>},
 * {@code /hostname} → the hostname, {@code /clientip} → {@code ip:port}, {@code /echo?msg=},
 * {@code /healthz}) and {@code serve-hostname} (on {@code --port}, default 9376: the hostname for
 * every request; with {@code --tcp --http=false} raw TCP: the hostname, then close). Bodies have
 * no trailing newline, as the handlers write them.
 */
final class AgnhostApp {
    private AgnhostApp() {
    }

    /** The TCP ports of the subcommand; null when no simulated subcommand is given. */
    static Set<Integer> ports(Args args) {
        String sub = args.firstWord(ImageFamily.AGNHOST_SUBCOMMANDS);
        if (sub == null) {
            return null;
        }
        if (sub.equals("netexec")) {
            return port(args.value("--http-port", "-http-port"), 8080);
        }
        boolean http = args.bool("--http", true);
        boolean tcp = args.bool("--tcp", false);
        boolean udp = args.bool("--udp", false);
        if (http && (tcp || udp)) {
            return Set.of(); // log.Fatalf: "Can't server TCP/UDP mode and HTTP mode at the same time"
        }
        return http || tcp ? port(args.value("--port", "-port"), 9376) : Set.of();
    }

    static boolean simulates(Container c) {
        return Args.of(c).firstWord(ImageFamily.AGNHOST_SUBCOMMANDS) != null;
    }

    static AppReply respond(Pod pod, Container c, HttpRequest req, long now) {
        Args args = Args.of(c);
        String host = PodFacts.hostname(pod);
        if ("serve-hostname".equals(args.firstWord(ImageFamily.AGNHOST_SUBCOMMANDS))) {
            if (!args.bool("--http", true)) {
                return new NonHttpReply.NotHttp(host, Reason.of("app.serveHostnameTcp"));
            }
            List<HttpResponse.Header> h = args.bool("--close", false)
                    ? HttpResponse.headers("Connection", "close") : List.of();
            return GoHttp.respond(req, 200, h, host, now);
        }
        switch (req.pathOnly()) {
            case "/clientip":
                return GoHttp.respond(req, 200, List.of(), req.remoteAddr(), now);
            case "/hostname":
            case "/hostName":
                return GoHttp.respond(req, 200, List.of(), host, now);
            case "/healthz":
                return GoHttp.respond(req, 200, List.of(), "", now);
            case "/echo":
                return echo(req, now);
            case "/shutdown":
            case "/exit":
                return new NonHttpReply.Closed(Reason.of("app.netexecExits", req.pathOnly()));
            case "/dial":
            case "/shell":
            case "/upload":
            case "/redirect":
                return TutorApp.notSimulated(pod, req, "agnhost netexec " + req.pathOnly(), now);
            default:
                return GoHttp.respond(req, 200, List.of(),
                        "NOW: " + HttpDates.goNow(now, PodFacts.processStart(pod, c)), now);
        }
    }

    private static HttpResponse echo(HttpRequest req, long now) {
        String msg = queryParam(req, "msg");
        String code = queryParam(req, "code");
        int status = 200;
        if (!code.isEmpty()) {
            try {
                status = Integer.parseInt(code);
            } catch (NumberFormatException e) {
                return GoHttp.respond(req, 200, List.of(),
                        "argument 'code' must be an integer or empty, got " + goQuote(code) + "\n", now);
            }
        }
        return GoHttp.respond(req, status, List.of(), msg, now);
    }

    /** Go's {@code r.FormValue} for a query parameter: the first value, decoded, {@code ""} if absent. */
    static String queryParam(HttpRequest req, String name) {
        String q = req.query();
        if (q == null) {
            return "";
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            if (decode(k).equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return "";
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String goQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Set<Integer> port(String value, int dflt) {
        try {
            return Set.of(value == null ? dflt : Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Set.of();
        }
    }
}
