package io.kubetutor.sim.net.app;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What curl 8.14.1 ({@link CurlArgs#VERSION}) prints inside a pod for one request, with stdout a
 * terminal ({@code kubectl exec -it}), so no progress meter. The body goes to stdout ({@code -i}
 * puts the response head before it, {@code -I} sends HEAD and prints the head); errors go to
 * stderr as {@code curl: (N) message} unless {@code -s} without {@code -S}; {@code -v} adds
 * curl's trace lines to stderr. Texts follow curl's failf messages and strerror table.
 */
public final class Curl {
    /**
     * When Linux gives up on an unanswered SYN with the default {@code tcp_syn_retries=6}: the SYN
     * is resent after 1, 2, 4, 8, 16 and 32 s (exponential back-off from the 1 s initial RTO), and
     * the connect fails 64 s after the last one: 1+2+4+8+16+32+64 = 127 s.
     */
    public static final long KERNEL_SYN_GIVE_UP_MS = 127_000;
    /** curl's own connect timeout when none is given (DEFAULT_CONNECT_TIMEOUT, 300 s). */
    public static final long CURL_DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

    private Curl() {
    }

    /** After how long curl gives up on a connection whose SYN is never answered. */
    public static long connectGiveUpMs(CurlArgs a) {
        return Math.min(curlConnectLimitMs(a), KERNEL_SYN_GIVE_UP_MS);
    }

    /** How long curl waits for a connected server that never answers: {@code -m}, or null (forever). */
    public static Long stalledGiveUpMs(CurlArgs a) {
        Long max = a.maxTimeMs();
        return max != null && max > 0 ? max : null;
    }

    private static long curlConnectLimitMs(CurlArgs a) {
        long limit = CURL_DEFAULT_CONNECT_TIMEOUT_MS;
        if (a.connectTimeoutMs() != null && a.connectTimeoutMs() > 0) {
            limit = a.connectTimeoutMs();
        }
        if (a.maxTimeMs() != null && a.maxTimeMs() > 0) {
            limit = Math.min(limit, a.maxTimeMs());
        }
        return limit;
    }

    public static Output print(CurlArgs a, CurlResult r) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Verbose v = new Verbose(a, err);
        String failure = null;
        int exit = 0;
        String remoteIp = "";
        int remotePort = 0;
        HttpResponse response = null;
        String port = Integer.toString(a.port());
        String failedToConnect = "Failed to connect to " + a.host() + " port " + port + " after ";
        if (r instanceof CurlResult.Response x) {
            remoteIp = x.remoteIp();
            remotePort = x.remotePort();
            response = x.response();
            v.connected(remoteIp, remotePort);
            v.received(response);
            if (a.fail() && response.status() >= 400) {
                failure = "The requested URL returned error: " + response.status();
                exit = 22;
            } else {
                if (a.output() == null) {
                    if (a.include() || a.head()) {
                        out.append(response.head());
                    }
                    out.append(response.body());
                }
                v.done(response);
            }
        } else if (r instanceof CurlResult.Refused x) {
            remoteIp = x.remoteIp();
            remotePort = x.remotePort();
            v.trying(remoteIp, remotePort);
            v.connectFailed(x.remoteIp(), x.remotePort(), x.sourceIp(), x.sourcePort(), "Connection refused");
            failure = failedToConnect + x.elapsedMs() + " ms: Could not connect to server";
            exit = 7;
        } else if (r instanceof CurlResult.TimedOut x) {
            remoteIp = x.remoteIp();
            remotePort = x.remotePort();
            v.trying(remoteIp, remotePort);
            if (curlConnectLimitMs(a) < KERNEL_SYN_GIVE_UP_MS) {
                v.line("ipv4 connect timeout after " + x.elapsedMs() + "ms, move on!");
                failure = failedToConnect + x.elapsedMs() + " ms: Timeout was reached";
            } else {
                v.connectFailed(x.remoteIp(), x.remotePort(), x.sourceIp(), x.sourcePort(), "Connection timed out");
                failure = failedToConnect + x.elapsedMs() + " ms: Could not connect to server";
            }
            exit = 28;
        } else if (r instanceof CurlResult.Stalled x) {
            remoteIp = x.remoteIp();
            remotePort = x.remotePort();
            v.connected(remoteIp, remotePort);
            if (stalledGiveUpMs(a) == null) {
                // curl would wait forever; the learner interrupts it (Ctrl-C): the shell reports 128+SIGINT.
                return new Output(out.toString(), err.toString(), 130);
            }
            failure = "Operation timed out after " + x.elapsedMs() + " milliseconds with 0 bytes received";
            exit = 28;
        } else if (r instanceof CurlResult.NoSuchHost x) {
            failure = "Could not resolve host: " + x.name();
            exit = 6;
        } else if (r instanceof CurlResult.EmptyReply x) {
            remoteIp = x.remoteIp();
            remotePort = x.remotePort();
            v.connected(remoteIp, remotePort);
            failure = "Empty reply from server";
            exit = 52;
        } else if (r instanceof CurlResult.Reset x) {
            remoteIp = x.remoteIp();
            remotePort = x.remotePort();
            v.connected(remoteIp, remotePort);
            failure = "Recv failure: Connection reset by peer";
            exit = 56;
        } else if (r instanceof CurlResult.NotHttp x) {
            remoteIp = x.remoteIp();
            remotePort = x.remotePort();
            v.connected(remoteIp, remotePort);
            failure = "Received HTTP/0.9 when not allowed";
            exit = 1;
        }
        if (failure != null) {
            v.line(failure);
            v.line("closing connection #0");
            if (!a.silent() || a.showError()) {
                err.append("curl: (").append(exit).append(") ").append(failure).append('\n');
            }
        }
        if (a.writeOut() != null) {
            out.append(writeOut(a.writeOut(), response, remoteIp, remotePort, exit));
        }
        return new Output(out.toString(), err.toString(), exit);
    }

    private static String writeOut(String format, HttpResponse response, String ip, int port, int exit) {
        Map<String, String> vars = Map.of(
                "http_code", response == null ? "000" : String.format("%03d", response.status()),
                "response_code", response == null ? "000" : String.format("%03d", response.status()),
                "remote_ip", ip,
                "remote_port", port == 0 ? "0" : Integer.toString(port),
                "size_download", response == null ? "0"
                        : Integer.toString(response.body().getBytes(StandardCharsets.UTF_8).length),
                "content_type", response == null || response.header("Content-Type") == null ? ""
                        : response.header("Content-Type"),
                "exitcode", Integer.toString(exit));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '%' && format.startsWith("%{", i)) {
                int end = format.indexOf('}', i);
                b.append(vars.getOrDefault(format.substring(i + 2, end), ""));
                i = end;
            } else if (ch == '%' && i + 1 < format.length() && format.charAt(i + 1) == '%') {
                b.append('%');
                i++;
            } else if (ch == '\\' && i + 1 < format.length() && "nrt\\".indexOf(format.charAt(i + 1)) >= 0) {
                char e = format.charAt(++i);
                b.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : '\\');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** curl's {@code -v} trace: {@code *} for info, {@code >} for the request head, {@code <} for the response head. */
    private static final class Verbose {
        private final CurlArgs a;
        private final StringBuilder err;

        Verbose(CurlArgs a, StringBuilder err) {
            this.a = a;
            this.err = err;
        }

        void line(String info) {
            if (a.verbose()) {
                err.append("* ").append(info).append('\n');
            }
        }

        void trying(String ip, int port) {
            if (!a.hostIsAddress() && a.resolvedBy(a.host(), a.port()) == null) {
                line("Host " + a.host() + ":" + a.port() + " was resolved.");
                line("IPv6: (none)");
                line("IPv4: " + ip);
            }
            line("  Trying " + ip + ":" + port + "...");
        }

        void connectFailed(String ip, int port, String sourceIp, int sourcePort, String why) {
            if (sourceIp != null) {
                line("connect to " + ip + " port " + port + " from " + sourceIp + " port " + sourcePort + " failed: " + why);
            }
        }

        void connected(String ip, int port) {
            trying(ip, port);
            line("Connected to " + a.host() + " (" + ip + ") port " + port);
            line("using HTTP/1.x");
            if (a.verbose()) {
                HttpRequest req = a.request("", 0);
                err.append("> ").append(req.method()).append(' ').append(req.path()).append(" HTTP/1.1\r\n");
                err.append("> Host: ").append(req.host()).append("\r\n");
                req.headers().forEach((k, val) -> err.append("> ").append(k).append(": ").append(val).append("\r\n"));
                err.append("> \r\n");
            }
            line("Request completely sent off");
        }

        void received(HttpResponse r) {
            if (a.verbose()) {
                err.append("< ").append(r.statusLine()).append("\r\n");
                r.headers().forEach(h -> err.append("< ").append(h.name()).append(": ").append(h.value()).append("\r\n"));
                err.append("< \r\n");
            }
        }

        void done(HttpResponse r) {
            String connection = r.header("Connection");
            boolean closes = connection != null ? connection.equalsIgnoreCase("close") : r.version().equals("HTTP/1.0");
            line(closes ? "shutting down connection #0" : "Connection #0 to host " + a.host() + " left intact");
        }
    }
}
