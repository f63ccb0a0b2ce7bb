package io.kubetutor.sim.net.app;

/**
 * How a server that does not speak HTTP reacts when curl sends it an HTTP request: it closes the
 * connection without a byte (redis, postgres), or it sends bytes that are not an HTTP status line
 * (mysql's greeting, memcached's {@code ERROR}), or it resets the connection.
 */
public sealed interface NonHttpReply extends AppReply {
    /** Why, in a few words, for a trace or a tutor's explanation. */
    String why();

    /** The server closed the connection in order (FIN) before sending anything. */
    record Closed(String why) implements NonHttpReply {
    }

    /** The server sent {@code firstBytes}, which do not start with {@code HTTP/}. */
    record NotHttp(String firstBytes, String why) implements NonHttpReply {
    }

    /** The server reset the connection (RST) before sending anything. */
    record Reset(String why) implements NonHttpReply {
    }
}
