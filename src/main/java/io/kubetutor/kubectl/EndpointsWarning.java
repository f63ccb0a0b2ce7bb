package io.kubetutor.kubectl;

/**
 * The warning a v1.33 API server sends with every request for v1 Endpoints (KEP-4974: the type is
 * marked deprecated, so the handler adds it whatever the answer, NotFound included). kubectl prints
 * server warnings on stderr as they arrive, once each, before the command's own output.
 */
final class EndpointsWarning {
    static final String TEXT = "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";

    private EndpointsWarning() {
    }

    /** Prints the warning when the request names Endpoints. */
    static void ifRequested(Invocation inv, ResourceArgs.Request request) {
        for (ResourceArgs.Ref ref : request.refs()) {
            if (ref.type().plural().equals("endpoints")) {
                inv.err.append(TEXT);
                return;
            }
        }
    }
}
