package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Probe;

/**
 * The output the kubelet's probers give for a failed probe (Go's net/http and net errors), which
 * the kubelet puts in its Unhealthy events: a closed port refuses the connection; a hung app lets
 * the request time out.
 */
final class ProbeMessages {
    private ProbeMessages() {
    }

    static String failure(Container c, Probe p, String podIP, boolean appAnswers) {
        if (p.exec() != null) {
            return "command " + GoQuote.quote(String.join(" ", p.exec().command())) + " timed out";
        }
        if (p.httpGet() != null) {
            Probe.HttpGet h = p.httpGet();
            Integer port = AppBehaviour.resolve(c, h.port());
            if (port == null) {
                return missingPort(h.port());
            }
            String host = h.host().isEmpty() ? podIP : h.host();
            String scheme = h.scheme().isEmpty() ? "http" : h.scheme().toLowerCase(java.util.Locale.ROOT);
            String path = h.path().isEmpty() ? "/" : h.path().startsWith("/") ? h.path() : "/" + h.path();
            String url = scheme + "://" + host + ":" + port + path;
            // Refused wherever no socket takes a connection to the pod's address: a port the app
            // does not listen on, or one it binds to localhost only (Binding decides both).
            if (!io.kubetutor.sim.net.app.Binding.listen(c, port).accepts(false)) {
                return "Get " + GoQuote.quote(url) + ": dial tcp " + host + ":" + port + ": connect: connection refused";
            }
            return "Get " + GoQuote.quote(url) + ": context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
        }
        if (p.tcpSocket() != null) {
            Integer port = AppBehaviour.resolve(c, p.tcpSocket().port());
            if (port == null) {
                return missingPort(p.tcpSocket().port());
            }
            String host = p.tcpSocket().host().isEmpty() ? podIP : p.tcpSocket().host();
            return "dial tcp " + host + ":" + port + ": connect: connection refused";
        }
        if (p.grpc() != null) {
            return "timeout: failed to connect service \"" + podIP + ":" + p.grpc().port() + "\" within 1s";
        }
        return "no probe handler";
    }

    private static String missingPort(IntOrString port) {
        return "port " + port.stringValue() + " not found";
    }

    /** Go's %q for the plain ASCII texts probes carry. */
    private static final class GoQuote {
        static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
