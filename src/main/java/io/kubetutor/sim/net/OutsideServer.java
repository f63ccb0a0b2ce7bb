package io.kubetutor.sim.net;

import io.kubetutor.sim.net.app.HttpDates;
import io.kubetutor.sim.net.app.HttpRequest;
import io.kubetutor.sim.net.app.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A server in the simulated outside world (an address outside the cluster and the LAN, such as a
 * selector-less Service's hand-written endpoint or an ExternalName's target). The tutor runs
 * offline, so it does not pretend to be any real site: by the tutor's convention (decision 0015) it
 * answers every request with 200 and one line naming itself and what it was asked.
 */
final class OutsideServer {
    private OutsideServer() {
    }

    static HttpResponse answer(HostPort at, HttpRequest req, long nowMillis) {
        String body = "server " + at + " outside the cluster answered " + req.method() + " " + req.path()
                + " (Host: " + req.host() + ", from " + req.sourceIp() + ")\n";
        return new HttpResponse("HTTP/1.1", 200, "OK", List.of(
                new HttpResponse.Header("Date", HttpDates.http(nowMillis)),
                new HttpResponse.Header("Content-Type", "text/plain; charset=utf-8"),
                new HttpResponse.Header("Content-Length",
                        String.valueOf(body.getBytes(StandardCharsets.UTF_8).length))), body);
    }
}
