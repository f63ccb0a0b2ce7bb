package io.kubetutor.sim.net.app;

import io.kubetutor.model.Pod;
import java.util.List;

/**
 * The tutor's convention for an image it does not know (docs/decisions/0014-simulated-apps.md): the
 * app answers every request on a port it listens on with 200 and one plain-text line naming the
 * pod, so a learner sees which pod a Service picked. This is not Kubernetes behaviour; a real
 * image answers whatever its program answers. The response is shaped like a minimal Go server's.
 */
final class TutorApp {
    private TutorApp() {
    }

    static HttpResponse respond(Pod pod, int port, HttpRequest req, long now) {
        String body = "pod/" + pod.metadata().name() + " answered on " + PodFacts.podIp(pod) + ":" + port + "\n";
        return GoHttp.respond(req, 200, List.of(), body, now);
    }

    /** A known image's endpoint the tutor does not simulate: 501 with a line that says so. */
    static HttpResponse notSimulated(Pod pod, HttpRequest req, String what, long now) {
        String body = "The tutor does not simulate " + what + " (pod/" + pod.metadata().name() + ").\n";
        return GoHttp.respond(req, 501, List.of(), body, now);
    }
}
