package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import java.util.Locale;

/**
 * How kubectl and the API server name kinds and resources. kubectl's name printer writes the
 * lower-case kind, then {@code .group} for non-core groups, then {@code /name}:
 * {@code service/web}, {@code deployment.apps/web}, {@code networkpolicy.networking.k8s.io/deny}.
 * The group comes from apiVersion, so unsimulated kinds follow the same rule.
 */
public final class ResourceNames {
    private ResourceNames() {
    }

    /** "" for the core group ({@code v1}), else the part before the slash. */
    public static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public static String version(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    }

    /** {@code service/web}, as {@code kubectl apply} prints it before created/configured/pruned. */
    public static String printed(KubeObject o) {
        String g = group(o.apiVersion());
        String kind = o.kind().toLowerCase(Locale.ROOT);
        return (g.isEmpty() ? kind : kind + "." + g) + "/" + o.name();
    }

    /** The kind with its group, as the API server names it in messages: {@code Deployment.apps}. */
    public static String qualifiedKind(KubeObject o) {
        String g = group(o.apiVersion());
        return g.isEmpty() ? o.kind() : o.kind() + "." + g;
    }

    /**
     * The plural resource name. Discovery gives these for real kinds; the rule below is the one
     * apimachinery uses to guess them (endpoints stays as it is; -s gets -es; consonant+y gets -ies).
     */
    public static String resource(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.endsWith("endpoints")) {
            return k;
        }
        if (k.endsWith("s")) {
            return k + "es";
        }
        if (k.endsWith("y") && k.length() > 1 && "aeiou".indexOf(k.charAt(k.length() - 2)) < 0) {
            return k.substring(0, k.length() - 1) + "ies";
        }
        return k + "s";
    }

    /** {@code services} or {@code deployments.apps}, as kubectl's warnings name a resource. */
    public static String groupResource(KubeObject o) {
        return groupResource(group(o.apiVersion()), o.kind());
    }

    /** The same for a stored object's key, as NotFound messages name what is missing. */
    public static String groupResource(ObjectKey key) {
        return groupResource(key.group(), key.kind());
    }

    private static String groupResource(String group, String kind) {
        String r = resource(kind);
        return group.isEmpty() ? r : r + "." + group;
    }

    /** GroupVersionResource.String(): {@code /v1, Resource=services}. */
    public static String groupVersionResource(KubeObject o) {
        return group(o.apiVersion()) + "/" + version(o.apiVersion()) + ", Resource=" + resource(o.kind());
    }

    /** GroupVersionKind.String(): {@code /v1, Kind=Service}. */
    public static String groupVersionKind(KubeObject o) {
        return group(o.apiVersion()) + "/" + version(o.apiVersion()) + ", Kind=" + o.kind();
    }
}
