package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;
import java.util.List;
import java.util.Locale;

/**
 * A simulated resource as discovery describes it: plural name, singular name, short names, kind,
 * API group, and whether it lives in a namespace.
 */
record ResourceType(String plural, String singular, List<String> shortNames, String kind, String group,
                    boolean namespaced, Class<? extends KubeObject> type) {

    /** services, deployments.apps: how the API server names the resource in NotFound messages. */
    String groupResource() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /** service, deployment.apps: how kubectl's name printer and delete name the kind. */
    String kindPrefix() {
        String k = kind.toLowerCase(Locale.ROOT);
        return group.isEmpty() ? k : k + "." + group;
    }

    /** The Kind with its group, as GroupKind.String() writes it: Deployment.apps. */
    String groupKind() {
        return group.isEmpty() ? kind : kind + "." + group;
    }

    /** {@code Error from server (NotFound): services "web" not found} */
    String notFound(String name) {
        return "Error from server (NotFound): " + groupResource() + " " + GoText.quote(name) + " not found";
    }
}
