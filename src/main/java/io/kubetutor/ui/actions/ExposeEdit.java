package io.kubetutor.ui.actions;

import java.util.List;
import java.util.Locale;

/**
 * "Expose this Service as NodePort (or LoadBalancer)": the window runs {@link #args} through the
 * session's kubectl, exactly the command a learner would type, and adds what kubectl printed to
 * the editor's text with {@link #expose}, so the new Service is written where the learner can read
 * and change it. {@code -n} is always given, so kubectl prints the namespace in the object and the
 * new Service lands beside the one it exposes.
 */
public final class ExposeEdit {
    private ExposeEdit() {
    }

    /**
     * {@code expose service NAME --type=TYPE --name=NAME-type --dry-run=client -o yaml -n NS}: the
     * new Service is named after the old one and its type ({@code web-nodeport}).
     */
    public static List<String> args(String namespace, String service, String type) {
        String ns = namespace == null || namespace.isEmpty() ? "default" : namespace;
        return List.of("expose", "service", service, "--type=" + type,
                "--name=" + service + "-" + type.toLowerCase(Locale.ROOT), "--dry-run=client", "-o", "yaml", "-n", ns);
    }

    /** The editor's text with the Service kubectl printed appended as a new document. */
    public static String expose(String yaml, String exposeYaml) {
        return ManifestEdits.appendDocument(yaml, exposeYaml);
    }
}
