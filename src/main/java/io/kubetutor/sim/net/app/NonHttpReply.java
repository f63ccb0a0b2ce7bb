package io.kubetutor.sim.net.app;

import io.kubetutor.sim.net.Reason;

/**
 * How a server that does not speak HTTP reacts when curl sends it an HTTP request: it closes the
 * connection without a byte (redis, postgres), or it sends bytes that are not an HTTP status line
 * (mysql's greeting, memcached's {@code ERROR}), or it resets the connection.
 */
public sealed interface NonHttpReply extends AppReply {
    /** Why, in a few words, for a trace or a tutor's explanation; the window words it in its language. */
    Reason because();

    /** {@link #because()} in the simulator's English. */
    default String why() {
        return because().english();
    }

    /** The server closed the connection in order (FIN) before sending anything. */
    record Closed(Reason because) implements NonHttpReply {
        /** With a text kept as it is in every language. */
        public Closed(String why) {
            this(Reason.literal(why));
        }
    }

    /** The server sent {@code firstBytes}, which do not start with {@code HTTP/}. */
    record NotHttp(String firstBytes, Reason because) implements NonHttpReply {
        /** With a text kept as it is in every language. */
        public NotHttp(String firstBytes, String why) {
            this(firstBytes, Reason.literal(why));
        }
    }

    /** The server reset the connection (RST) before sending anything. */
    record Reset(Reason because) implements NonHttpReply {
        /** With a text kept as it is in every language. */
        public Reset(String why) {
            this(Reason.literal(why));
        }
    }
}
