package io.kubetutor.kubectl.exec;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.HostPort;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.app.Curl;
import io.kubetutor.sim.net.app.CurlArgs;
import io.kubetutor.sim.net.app.CurlResult;
import io.kubetutor.sim.net.app.HttpRequest;
import io.kubetutor.sim.net.app.HttpResponse;
import io.kubetutor.sim.net.app.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code curl [options] URL} inside the pod: one GET through the data plane from the pod (its DNS,
 * kube-proxy's rules on its node, the far end's app), the trace's outcome read as curl's result,
 * printed by {@link Curl}. Only what the data plane carries is accepted: a GET (or HEAD for
 * {@code -I}) over http, with curl's headers.
 */
final class CurlProgram {
    /**
     * When no host answers ARP for a pod address, the kernel reports EHOSTUNREACH after its three
     * neighbour solicitations a second apart (net.ipv4.neigh.default.mcast_solicit=3,
     * retrans_time_ms=1000): about 3 s, which curl shows as the time before it failed.
     */
    static final long NO_ROUTE_MS = 3000;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";

    private CurlProgram() {
    }

    /** Runs curl with {@code args} (the words after the program's name). */
    static ExecResult run(InPod where, List<String> args) throws Unsimulated {
        CurlArgs a;
        try {
            List<String> argv = new ArrayList<>(List.of("curl"));
            argv.addAll(args);
            a = CurlArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            return refusedArguments(e.getMessage());
        }
        if (!a.scheme().equals("http")) {
            throw new Unsimulated("simulates curl over http:// only from inside a pod (no TLS handshake is"
                    + " simulated): " + a.url());
        }
        if (!a.method().equals("GET") && !a.method().equals("HEAD")) {
            throw new Unsimulated("sends GET requests only through the data plane (this curl would send "
                    + a.method() + ")");
        }
        if (a.method().equals("HEAD") && !a.head()) {
            throw new Unsimulated("simulates HEAD requests as curl -I only");
        }
        String address = a.resolvedBy(a.host(), a.port());
        String to = "http://" + (address != null ? address : a.host()) + ":" + a.port() + a.path();
        Trace t;
        try {
            t = where.dataPlane().send(where.from(), to, RequestKind.CURL, headers(a));
        } catch (IllegalArgumentException e) {
            throw new Unsimulated("cannot send this request: " + e.getMessage());
        }
        CurlResult result = result(a, t);
        if (a.location() && result instanceof CurlResult.Response r && REDIRECTS.contains(r.response().status())) {
            throw new Unsimulated("does not simulate curl -L following a redirect (the server answered "
                    + r.response().statusLine() + ")");
        }
        Output o = Curl.print(a, result);
        if (result instanceof CurlResult.Stalled && Curl.stalledGiveUpMs(a) == null) {
            return ExecResult.interrupted(o.stdout(), o.stderr());
        }
        return ExecResult.ran(o.stdout(), o.stderr(), o.exitCode());
    }

    /** What curl says about its own command line: curl's errors with its exit code, else the tutor's refusal. */
    private static ExecResult refusedArguments(String message) throws Unsimulated {
        if (message.startsWith("curl: (")) {
            int close = message.indexOf(')');
            return ExecResult.ran("", message + "\n", Integer.parseInt(message.substring(7, close)));
        }
        if (message.startsWith("curl: option ") || message.equals("curl: no URL specified")) {
            // tool_getparam's errors: exit status 2 (CURLE_FAILED_INIT), then the hint line.
            return ExecResult.ran("", message + "\n" + TRY_HELP, 2);
        }
        throw new Unsimulated("cannot run this curl: " + message);
    }

    /** The headers curl sends, Host first, as the data plane takes them. */
    private static Map<String, String> headers(CurlArgs a) {
        HttpRequest req = a.request("", 0);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", req.host());
        h.putAll(req.headers());
        return h;
    }

    /** The trace's ending as curl met it. */
    static CurlResult result(CurlArgs a, Trace t) throws Unsimulated {
        HostPort at = t.connectedTo();
        HostPort source = sourceOf(t);
        String sourceIp = source == null ? null : source.ip();
        int sourcePort = source == null ? 0 : source.port();
        switch (t.outcome()) {
            case DELIVERED -> {
                if (t.reply() == null) {
                    throw new Unsimulated("does not simulate what the server at " + at + " outside the cluster sends"
                            + " (the data plane delivered the request: " + t.summary() + ")");
                }
                if (t.reply() instanceof HttpResponse r && a.head()) {
                    return new CurlResult.Response(r.withoutBody(), at.ip(), at.port());
                }
                return CurlResult.of(t.reply(), at.ip(), at.port());
            }
            case REFUSED -> {
                return new CurlResult.Refused(at.ip(), at.port(), 0, sourceIp, sourcePort);
            }
            case DROPPED -> {
                if (at == null) {
                    // getaddrinfo gave up (EAI_AGAIN): curl reports it as a name it could not resolve.
                    return new CurlResult.NoSuchHost(a.host());
                }
                return new CurlResult.TimedOut(at.ip(), at.port(), Curl.connectGiveUpMs(a), sourceIp, sourcePort);
            }
            case NO_REPLY -> {
                Long limit = Curl.stalledGiveUpMs(a);
                return new CurlResult.Stalled(at.ip(), at.port(), limit == null ? 0 : limit);
            }
            case NXDOMAIN -> {
                return new CurlResult.NoSuchHost(a.host());
            }
            case UNREACHABLE -> {
                // EHOSTUNREACH is CURLE_COULDNT_CONNECT like a refusal; no source is given so that -v
                // does not claim "Connection refused" where the kernel said "No route to host".
                return new CurlResult.Refused(at.ip(), at.port(), NO_ROUTE_MS);
            }
            default -> throw new IllegalStateException(t.outcome().toString());
        }
    }

    /** The pod's own address and ephemeral port on the connection's first packet, or null. */
    private static HostPort sourceOf(Trace t) {
        for (Hop h : t.hops()) {
            if (!h.reply() && h.action() == Action.ROUTE && h.dst().equals(t.connectedTo())) {
                return h.src();
            }
        }
        return null;
    }
}
