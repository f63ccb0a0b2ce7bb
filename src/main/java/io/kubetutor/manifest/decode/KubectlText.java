package io.kubetutor.manifest.decode;

import io.kubetutor.model.GoValues;
import java.util.List;

/**
 * The texts kubectl v1.33 prints when it or the API server refuses a manifest before
 * validation, without kubectl's own {@code error: } prefix (the diagnostic's severity says it).
 * Sources: kubectl/pkg/validation (getObjectKind), cli-runtime resource visitor and mapper,
 * apiserver handlers (transformDecodeError), kubectl cmdutil.AddSourceToErr.
 */
final class KubectlText {
    private KubectlText() {
    }

    /** Client-side schema validation: one problem plain, several as a Go aggregate {@code [a, b]}. */
    static String validationFailed(String file, List<String> problems) {
        String agg = problems.size() == 1 ? problems.get(0) : "[" + String.join(", ", problems) + "]";
        return "error validating " + GoValues.quote(file) + ": error validating data: " + agg
                + "; if you choose to ignore these errors, turn validation off with --validate=false";
    }

    /** The REST mapper knows no such kind at that version (retired, misspelled or a missing CRD). */
    static String noMapping(String name, String namespace, String file, String kind, String apiVersion) {
        return "resource mapping not found for name: " + GoValues.quote(name) + " namespace: "
                + GoValues.quote(namespace) + " from " + GoValues.quote(file) + ": no matches for kind "
                + GoValues.quote(kind) + " in version " + GoValues.quote(apiVersion)
                + "\nensure CRDs are installed first";
    }

    /** An empty group with no version to search (apiVersion: ""), where the kind is not a core kind. */
    static String noMappingInGroup(String name, String namespace, String file, String kind, String group) {
        return "resource mapping not found for name: " + GoValues.quote(name) + " namespace: "
                + GoValues.quote(namespace) + " from " + GoValues.quote(file) + ": no matches for kind "
                + GoValues.quote(kind) + " in group " + GoValues.quote(group)
                + "\nensure CRDs are installed first";
    }

    /** The unstructured decoder found {@code kind: ""}; it quotes the JSON kubectl made of the document. */
    static String kindMissing(String file, String json) {
        return "unable to decode " + GoValues.quote(file) + ": Object 'Kind' is missing in '" + json + "'";
    }

    /** The API server could not decode the body into its Go type: a 400 BadRequest on create. */
    static String cannotBeHandled(String file, String kind, String version, String cause) {
        return "Error from server (BadRequest): error when creating " + GoValues.quote(file) + ": " + kind
                + " in version " + GoValues.quote(version) + " cannot be handled as a " + kind + ": " + cause;
    }

    /** Strict field validation (kubectl --validate=strict): every strict problem, comma-joined. */
    static String strictDecoding(List<String> problems) {
        return "strict decoding error: " + String.join(", ", problems);
    }

    /** Our own plain sentence for a kind kubectl accepts and the tutor does not simulate. */
    static String notSimulated(String kind, String name) {
        return kind + " " + GoValues.quote(name) + " is accepted but not simulated: the tutor simulates Services,"
                + " Pods, workloads, Endpoints and Ingress";
    }
}
