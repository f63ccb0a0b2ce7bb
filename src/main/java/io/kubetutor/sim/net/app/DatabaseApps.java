package io.kubetutor.sim.net.app;

import io.kubetutor.sim.net.Reason;
import java.util.List;

/**
 * What the database images do with the HTTP request curl sends them:
 *
 * <ul>
 *   <li>redis reads {@code GET / HTTP/1.1} as an inline command, then sees {@code Host:}, logs
 *       "Possible SECURITY ATTACK detected" and frees the client before writing its pending error
 *       reply (clients marked close-asap get no writes): the connection closes empty.</li>
 *   <li>postgres reads the first four bytes ({@code "GET "}) as the startup packet length, rejects
 *       it ("invalid length of startup packet", logged only) and closes: empty.</li>
 *   <li>mysql / mariadb greet first, with a binary handshake packet: not HTTP.</li>
 *   <li>memcached answers the unknown command {@code GET} with {@code ERROR}: not HTTP.</li>
 *   <li>mongod recognises an HTTP GET on its driver port and answers a real HTTP/1.0 response.</li>
 * </ul>
 */
final class DatabaseApps {
    /** mongod's answer to HTTP on the native driver port. */
    static final String MONGO_HTTP_BODY =
            "It looks like you are trying to access MongoDB over HTTP on the native driver port.\n";

    private DatabaseApps() {
    }

    static AppReply respond(ImageFamily family, HttpRequest req) {
        return switch (family) {
            case REDIS -> new NonHttpReply.Closed(Reason.of("app.redisClosed"));
            case POSTGRES -> new NonHttpReply.Closed(Reason.of("app.postgresClosed"));
            case MYSQL -> new NonHttpReply.NotHttp("J\0\0\0\n", Reason.of("app.mysqlHandshake"));
            case MEMCACHED -> new NonHttpReply.NotHttp("ERROR\r\n", Reason.of("app.memcachedError"));
            case MONGO -> new HttpResponse("HTTP/1.0", 200, "OK", List.of(
                    new HttpResponse.Header("Connection", "close"),
                    new HttpResponse.Header("Content-Type", "text/plain"),
                    new HttpResponse.Header("Content-Length", Integer.toString(MONGO_HTTP_BODY.length()))),
                    HttpResponse.isHead(req) ? "" : MONGO_HTTP_BODY);
            default -> throw new IllegalArgumentException(family + " is not a database image");
        };
    }
}
