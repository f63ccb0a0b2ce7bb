package io.kubetutor.manifest.decode;

import io.kubetutor.manifest.decode.JValue.JNull;
import io.kubetutor.manifest.decode.JValue.JObject;
import io.kubetutor.manifest.decode.JValue.JString;
import io.kubetutor.manifest.decode.KindRegistry.KindInfo;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.FieldLocator;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.model.UnsimulatedObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one YAML document into a typed Kubernetes object the way {@code kubectl apply -f} and
 * the API server would take it, step by step: YAML to JSON, kubectl's apiVersion/kind checks, the
 * REST mapping of the kind, then the server's decoding (type errors refuse the object; unknown
 * and duplicate fields warn). No API defaults are applied here.
 */
public final class ObjectDecoder {
    private ObjectDecoder() {
    }

    /** Decodes with the tutor's default field validation (warnings for unknown and duplicate fields). */
    public static DecodeResult decode(String file, YDocument doc, FieldLocator locator) {
        return decode(file, doc, locator, FieldValidation.WARN);
    }

    public static DecodeResult decode(String file, YDocument doc, FieldLocator locator, FieldValidation validation) {
        if (doc.error() != null) {
            return new DecodeResult(null, List.of(doc.error()));
        }
        if (doc.root() == null) {
            return new DecodeResult(null, List.of());
        }
        JValue body;
        try {
            body = YamlToJson.convert(doc.root());
        } catch (YamlToJson.NotConvertible e) {
            return refused(Diagnostic.error(file, e.pos(), e.getMessage()));
        }
        if (body instanceof JNull) {
            // kubectl skips a document that is only "null", as it skips an empty one.
            return new DecodeResult(null, List.of());
        }
        if (!(body instanceof JObject root)) {
            return refused(Diagnostic.error(file, body.pos(),
                    KubectlText.validationFailed(file, List.of("invalid object to validate"))));
        }
        TypeMetaCheck meta = TypeMetaCheck.of(root);
        if (!meta.problems().isEmpty()) {
            return refused(Diagnostic.error(file, meta.problemPos(),
                    KubectlText.validationFailed(file, meta.problems())));
        }
        String name = stringAt(root, "name");
        String namespace = stringAt(root, "namespace");
        if (meta.kind().isEmpty()) {
            return refused(Diagnostic.error(file, meta.kindPos(), KubectlText.kindMissing(file, JValue.toJson(root))));
        }
        if (meta.apiVersion().equals("v1") && meta.kind().equals("List")) {
            // ManifestLoader hands a List's items over one by one; a List without items holds nothing.
            return new DecodeResult(null, List.of());
        }
        KindInfo info = KindRegistry.find(meta.apiVersion().isEmpty() ? "v1" : meta.apiVersion(), meta.kind());
        if (info == null) {
            // Blame the apiVersion when the kind exists elsewhere (a retired version), else the kind.
            boolean kindExists = !KindRegistry.versionsOf(meta.kind()).isEmpty();
            SourcePos at = kindExists && meta.apiVersionPos() != null ? meta.apiVersionPos() : meta.kindPos();
            String text = meta.apiVersion().isEmpty()
                    ? KubectlText.noMappingInGroup(name, namespace, file, meta.kind(), "")
                    : KubectlText.noMapping(name, namespace, file, meta.kind(), meta.apiVersion());
            return refused(Diagnostic.error(file, at, text));
        }
        return typed(file, doc, locator, validation, root, info, meta.kindPos());
    }

    private static DecodeResult typed(String file, YDocument doc, FieldLocator locator, FieldValidation validation,
                                      JObject root, KindInfo info, SourcePos kindPos) {
        TypedDecoder.Outcome outcome = TypedDecoder.decode(info.schema(), root);
        if (outcome.failed()) {
            TypedDecoder.Problem p = outcome.error();
            String text = KubectlText.cannotBeHandled(file, info.kind(), info.version(), p.message());
            return refused(new Diagnostic(Severity.ERROR, file, p.pos(), text,
                    List.of(new Diagnostic.Detail(p.pos(), p.fieldPath(), p.message()))));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<TypedDecoder.Problem> strict = outcome.strict();
        if (!strict.isEmpty() && validation == FieldValidation.STRICT) {
            List<String> messages = new ArrayList<>();
            List<Diagnostic.Detail> details = new ArrayList<>();
            for (TypedDecoder.Problem p : strict) {
                messages.add(p.message());
                details.add(new Diagnostic.Detail(p.pos(), p.fieldPath(), p.message()));
            }
            String text = KubectlText.cannotBeHandled(file, info.kind(), info.version(),
                    KubectlText.strictDecoding(messages));
            return refused(new Diagnostic(Severity.ERROR, file, strict.get(0).pos(), text, details));
        }
        if (validation == FieldValidation.WARN) {
            for (TypedDecoder.Problem p : strict) {
                diagnostics.add(new Diagnostic(Severity.WARNING, file, p.pos(), p.message(),
                        List.of(new Diagnostic.Detail(p.pos(), p.fieldPath(), p.message()))));
            }
        }
        Origin origin = new Origin(file, doc.index(), doc.root().pos(), locator);
        KubeObject object = build(info, outcome.value(), origin);
        if (!info.simulated()) {
            diagnostics.add(Diagnostic.info(file, kindPos, KubectlText.notSimulated(info.kind(), object.name())));
        }
        return new DecodeResult(object, diagnostics);
    }

    private static KubeObject build(KindInfo info, Decoded root, Origin origin) {
        if (!info.simulated()) {
            return new UnsimulatedObject(info.apiVersion(), info.kind(), PodModels.meta(root.objOrEmpty("metadata")),
                    info.namespaced(), origin);
        }
        switch (info.kind()) {
            case "Service":
                return NetworkModels.service(root, origin);
            case "Endpoints":
                return NetworkModels.endpoints(root, origin);
            case "EndpointSlice":
                return NetworkModels.endpointSlice(root, origin);
            case "Namespace":
                return NetworkModels.namespace(root, origin);
            case "Ingress":
                return NetworkModels.ingress(root, origin);
            case "IngressClass":
                return NetworkModels.ingressClass(root, origin);
            case "Pod":
                return PodModels.pod(root, origin);
            case "Deployment":
                return PodModels.deployment(root, origin);
            case "ReplicaSet":
                return PodModels.replicaSet(root, origin);
            case "ReplicationController":
                return PodModels.replicationController(root, origin);
            case "StatefulSet":
                return PodModels.statefulSet(root, origin);
            default:
                throw new IllegalStateException("simulated kind without a builder: " + info.kind());
        }
    }

    /** metadata.name or .namespace as kubectl's unstructured object reads it: "" unless a string. */
    private static String stringAt(JObject root, String metaField) {
        if (root.get("metadata") instanceof JObject m && m.get(metaField) instanceof JString s) {
            return s.value();
        }
        return "";
    }

    private static DecodeResult refused(Diagnostic d) {
        return new DecodeResult(null, List.of(d));
    }
}
