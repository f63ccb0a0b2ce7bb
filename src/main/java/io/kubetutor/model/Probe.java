package io.kubetutor.model;

import java.util.List;

/**
 * v1 Probe. Exactly one handler is normally set. Numeric fields are 0 when absent; defaulting
 * sets timeoutSeconds 1, periodSeconds 10, successThreshold 1, failureThreshold 3.
 */
public record Probe(Exec exec, HttpGet httpGet, TcpSocket tcpSocket, Grpc grpc, int initialDelaySeconds,
                    int timeoutSeconds, int periodSeconds, int successThreshold, int failureThreshold) {

    public Probe withTimings(int initialDelay, int timeout, int period, int success, int failure) {
        return new Probe(exec, httpGet, tcpSocket, grpc, initialDelay, timeout, period, success, failure);
    }

    public record Exec(List<String> command) {
        public Exec {
            command = Maps.list(command);
        }
    }

    public record HttpGet(String path, IntOrString port, String host, String scheme) {
        public HttpGet {
            path = path == null ? "" : path;
            port = port == null ? IntOrString.ZERO : port;
            host = host == null ? "" : host;
            scheme = scheme == null ? "" : scheme;
        }
    }

    public record TcpSocket(IntOrString port, String host) {
        public TcpSocket {
            port = port == null ? IntOrString.ZERO : port;
            host = host == null ? "" : host;
        }
    }

    public record Grpc(int port, String service) {
    }
}
