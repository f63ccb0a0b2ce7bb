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

    static Fetched of(Invocation inv, ResourceArgs.Request request, SelectorFilter selector, boolean allNamespaces) {
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
