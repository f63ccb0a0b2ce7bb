package io.kubetutor.kubectl;

import io.kubetutor.model.Endpoints;
import io.kubetutor.model.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the resource builder's visitors fetched, in visiting order: the objects found (each with its
 * resource type) and one NotFound text per name that was missing, as ContinueOnError collects them.
 */
record Fetched(List<Item> items, List<String> notFound) {
    /**
     * The warning a v1.33+ API server sends with every request for v1 Endpoints (KEP-4974); kubectl's
     * warning writer prints it on stderr, once per command however many requests carried it.
     */
    static final String ENDPOINTS_DEPRECATED =
            "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";

    record Item(ResourceType type, KubeObject object) {
    }

    static Fetched of(Invocation inv, ResourceArgs.Request request, SelectorFilter selector, boolean allNamespaces) {
        List<Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ResourceArgs.Ref ref : request.refs()) {
            if (ref.type().type() == Endpoints.class && inv.err.indexOf(ENDPOINTS_DEPRECATED) < 0) {
                inv.err.append(ENDPOINTS_DEPRECATED);
            }
            if (ref.name() != null) {
                Optional<KubeObject> o = inv.find(ref.type(), ref.name());
                if (o.isPresent()) {
                    items.add(new Item(ref.type(), o.get()));
                } else {
                    missing.add(ref.type().notFound(ref.name()));
                }
            } else {
                for (KubeObject o : inv.list(ref.type(), allNamespaces)) {
                    if (selector.matches(o.metadata().labels())) {
                        items.add(new Item(ref.type(), o));
                    }
                }
            }
        }
        return new Fetched(items, missing);
    }

    /** MultipleErrors: one line per error, as checkErr prints an aggregate. */
    String errorText() {
        return String.join("\n", notFound);
    }
}
