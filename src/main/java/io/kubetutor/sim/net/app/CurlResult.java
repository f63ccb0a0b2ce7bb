package io.kubetutor.sim.net.app;

/**
 * How one curl request ended, as the data plane found it; {@link Curl#print} turns it into what
 * curl prints. Addresses are where the connection went (after DNS, before any DNAT the client
 * cannot see); elapsed times are virtual milliseconds since curl started the transfer.
 */
public sealed interface CurlResult {
    /** An HTTP response arrived from {@code remoteIp:remotePort}. */
    record Response(HttpResponse response, String remoteIp, int remotePort) implements CurlResult {
    }

    /**
     * The SYN was answered with RST (no socket on the port, or kube-proxy's REJECT for a Service
     * without endpoints). The source is the client's address and ephemeral port, shown by
     * {@code -v}; null when unknown.
     */
    record Refused(String remoteIp, int remotePort, long elapsedMs, String sourceIp, int sourcePort)
            implements CurlResult {
        public Refused(String remoteIp, int remotePort, long elapsedMs) {
            this(remoteIp, remotePort, elapsedMs, null, 0);
        }
    }

    /**
     * No answer to the SYN (dropped): curl gave up after {@code elapsedMs}, which is
     * {@link Curl#connectGiveUpMs} of its arguments.
     */
    record TimedOut(String remoteIp, int remotePort, long elapsedMs, String sourceIp, int sourcePort)
            implements CurlResult {
        public TimedOut(String remoteIp, int remotePort, long elapsedMs) {
            this(remoteIp, remotePort, elapsedMs, null, 0);
        }
    }

    /**
     * Connected, request sent, and nothing came back (a hung app) for {@code elapsedMs}: with
     * {@code -m} that is the max time; without it curl waits until interrupted.
     */
    record Stalled(String remoteIp, int remotePort, long elapsedMs) implements CurlResult {
    }

    /** The name did not resolve. */
    record NoSuchHost(String name) implements CurlResult {
    }

    /** The server closed the connection without sending a byte. */
    record EmptyReply(String remoteIp, int remotePort) implements CurlResult {
    }

    /** The server reset the connection after the request was sent. */
    record Reset(String remoteIp, int remotePort) implements CurlResult {
    }

    /** The server sent bytes that are not an HTTP status line (curl refuses HTTP/0.9). */
    record NotHttp(String remoteIp, int remotePort) implements CurlResult {
    }

    /** What curl sees of an app's reply ({@link Apps#respond}) on a connection to {@code ip:port}. */
    static CurlResult of(AppReply reply, String ip, int port) {
        if (reply instanceof HttpResponse r) {
            return new Response(r, ip, port);
        }
        if (reply instanceof NonHttpReply.Closed) {
            return new EmptyReply(ip, port);
        }
        if (reply instanceof NonHttpReply.Reset) {
            return new Reset(ip, port);
        }
        return new NotHttp(ip, port);
    }
}
