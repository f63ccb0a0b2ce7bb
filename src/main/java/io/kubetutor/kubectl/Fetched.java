package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the resource builder's visitors fetched, in visiting order: the objects found (each with its
 * resource type) and one NotFound text per name that was missing, as ContinueOnError collects them.
 */
record Fetched(List<Item> items, List<String> notFound) {
    record Item(ResourceType type, KubeObject object) {
    }

    /**
     * The API server's deprecation warning on every request for v1 Endpoints (v1.33+, KEP-4974);
     * kubectl's warning handler prints it to stderr once per run (it deduplicates warnings).
     */
    static final String ENDPOINTS_WARNING =
            "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";

    static Fetched of(Invocation inv, ResourceArgs.Request request, SelectorFilter selector, boolean allNamespaces) {
        for (ResourceArgs.Ref ref : request.refs()) {
            if (ref.type().kind().equals("Endpoints") && inv.err.indexOf(ENDPOINTS_WARNING) < 0) {
                inv.err.append(ENDPOINTS_WARNING);
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ResourceArgs.Ref ref : request.refs()) {
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
