package io.kubetutor.manifest.validate;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.GoIP;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import java.util.ArrayList;
import java.util.List;

/** networking.k8s.io/v1 Ingress and IngressClass (pkg/apis/networking/validation), v1.33. */
final class IngressValidation {
    private IngressValidation() {
    }

    private static final List<String> PATH_TYPES = List.of("Exact", "ImplementationSpecific", "Prefix");
    private static final List<String> INVALID_PATH_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_PATH_SUFFIXES = List.of("/..", "/.");
    private static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    private static final int MAX_CONTROLLER_LENGTH = 250;

    /** Options upstream derives from the stored object so old invalid data stays updatable. */
    private record Options(boolean allowInvalidSecretName, boolean allowInvalidWildcardHostRule) {
    }

    static List<FieldError> ingressCreate(Ingress ing) {
        List<FieldError> errs = ingress(ing, new Options(false, false));
        String annotation = ing.metadata().annotations().get(CLASS_ANNOTATION);
        String className = ing.spec().ingressClassName();
        if (annotation != null && className != null && !annotation.equals(className)) {
            errs.add(FieldError.invalid(FieldPath.root("annotations").child(CLASS_ANNOTATION).toString(), annotation,
                    "must match `ingressClassName` when both are specified"));
        }
        return errs;
    }

    static List<FieldError> ingressUpdate(Ingress ing, Ingress old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(ing.metadata(), old.metadata()));
        boolean oldBadSecret = old.spec().tls().stream()
                .anyMatch(t -> !t.secretName().isEmpty() && !Formats.isDns1123Subdomain(t.secretName()).isEmpty());
        boolean oldBadWildcard = old.spec().rules().stream()
                .anyMatch(r -> r.host().contains("*") && !ruleValue(r, FieldPath.root("x")).isEmpty());
        errs.addAll(ingress(ing, new Options(oldBadSecret, oldBadWildcard)));
        return errs;
    }

    private static List<FieldError> ingress(Ingress ing, Options opts) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(ing.metadata(), true,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        Ingress.Spec spec = ing.spec();
        FieldPath sp = FieldPath.root("spec");
        if (spec.rules().isEmpty() && spec.defaultBackend() == null) {
            errs.add(FieldError.invalid(sp.toString(), BadValues.list(null), "either `defaultBackend` or `rules` must be specified"));
        }
        if (spec.defaultBackend() != null) {
            errs.addAll(backend(spec.defaultBackend(), sp.child("defaultBackend")));
        }
        for (int i = 0; i < spec.rules().size(); i++) {
            errs.addAll(rule(spec.rules().get(i), sp.child("rules").index(i), opts));
        }
        for (int t = 0; t < spec.tls().size(); t++) {
            Ingress.Tls tls = spec.tls().get(t);
            FieldPath tp = sp.child("tls").index(t);
            for (int h = 0; h < tls.hosts().size(); h++) {
                errs.addAll(hostName(tls.hosts().get(h), tp.child("hosts").index(h)));
            }
            if (!opts.allowInvalidSecretName() && !tls.secretName().isEmpty()) {
                errs.addAll(MetaValidation.dns1123Subdomain(tls.secretName(), tp.child("secretName")));
            }
        }
        if (spec.ingressClassName() != null) {
            errs.addAll(MetaValidation.dns1123Subdomain(spec.ingressClassName(), sp.child("ingressClassName")));
        }
        return errs;
    }

    private static List<FieldError> hostName(String host, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        List<String> msgs = host.contains("*") ? Formats.isWildcardDns1123Subdomain(host) : Formats.isDns1123Subdomain(host);
        for (String msg : msgs) {
            errs.add(FieldError.invalid(p.toString(), host, msg));
        }
        return errs;
    }

    private static List<FieldError> rule(Ingress.Rule rule, FieldPath p, Options opts) {
        List<FieldError> errs = new ArrayList<>();
        boolean wildcard = false;
        if (!rule.host().isEmpty()) {
            if (GoIP.parseIP(rule.host()) != null) {
                errs.add(FieldError.invalid(p.child("host").toString(), rule.host(), "must be a DNS name, not an IP address"));
            }
            errs.addAll(hostName(rule.host(), p.child("host")));
            wildcard = rule.host().contains("*");
        }
        if (!wildcard || !opts.allowInvalidWildcardHostRule()) {
            errs.addAll(ruleValue(rule, p));
        }
        return errs;
    }

    private static List<FieldError> ruleValue(Ingress.Rule rule, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (rule.http() == null) {
            return errs;
        }
        FieldPath paths = p.child("http", "paths");
        if (rule.http().paths().isEmpty()) {
            errs.add(FieldError.required(paths.toString(), ""));
        }
        for (int i = 0; i < rule.http().paths().size(); i++) {
            errs.addAll(httpPath(rule.http().paths().get(i), paths.index(i)));
        }
        return errs;
    }

    /** validateHTTPIngressPath: a missing pathType stops here, before the backend is looked at. */
    private static List<FieldError> httpPath(Ingress.Path path, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (path.pathType() == null) {
            errs.add(FieldError.required(p.child("pathType").toString(), "pathType must be specified"));
            return errs;
        }
        String pp = p.child("path").toString();
        switch (path.pathType()) {
            case "Exact", "Prefix" -> {
                if (!path.path().startsWith("/")) {
                    errs.add(FieldError.invalid(pp, path.path(), "must be an absolute path"));
                }
                if (!path.path().isEmpty()) {
                    for (String seq : INVALID_PATH_SEQUENCES) {
                        if (path.path().contains(seq)) {
                            errs.add(FieldError.invalid(pp, path.path(), "must not contain '" + seq + "'"));
                        }
                    }
                    for (String suffix : INVALID_PATH_SUFFIXES) {
                        if (path.path().endsWith(suffix)) {
                            errs.add(FieldError.invalid(pp, path.path(), "cannot end with '" + suffix + "'"));
                        }
                    }
                }
            }
            case "ImplementationSpecific" -> {
                if (!path.path().isEmpty() && !path.path().startsWith("/")) {
                    errs.add(FieldError.invalid(pp, path.path(), "must be an absolute path"));
                }
            }
            default -> errs.add(FieldError.notSupported(p.child("pathType").toString(), BadValues.typed(path.pathType()),
                    PATH_TYPES));
        }
        errs.addAll(backend(path.backend(), p.child("backend")));
        return errs;
    }

    private static List<FieldError> backend(Ingress.Backend b, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (b.resource() != null && b.service() != null) {
            errs.add(FieldError.invalid(p.toString(), "", "cannot set both resource and service backends"));
        } else if (b.resource() != null) {
            errs.addAll(resourceRef(b.resource(), p.child("resource")));
        } else if (b.service() != null) {
            Ingress.ServiceBackend svc = b.service();
            if (svc.name().isEmpty()) {
                errs.add(FieldError.required(p.child("service", "name").toString(), ""));
            } else {
                for (String msg : MetaValidation.NameRule.DNS1035_LABEL.check(svc.name(), false)) {
                    errs.add(FieldError.invalid(p.child("service", "name").toString(), svc.name(), msg));
                }
            }
            String portName = svc.port() == null ? "" : svc.port().name();
            int portNumber = svc.port() == null ? 0 : svc.port().number();
            if (!portName.isEmpty() && portNumber != 0) {
                errs.add(FieldError.invalid(p.toString(), "", "cannot set both port name & port number"));
            } else if (!portName.isEmpty()) {
                for (String msg : Formats.isValidPortName(portName)) {
                    errs.add(FieldError.invalid(p.child("service", "port", "name").toString(), portName, msg));
                }
            } else if (portNumber != 0) {
                for (String msg : Formats.isValidPortNum(portNumber)) {
                    errs.add(FieldError.invalid(p.child("service", "port", "number").toString(), portNumber, msg));
                }
            } else {
                errs.add(FieldError.required(p.toString(), "port name or number is required"));
            }
        } else {
            errs.add(FieldError.invalid(p.toString(), "", "resource or service backend is required"));
        }
        return errs;
    }

    /** validateIngressTypedLocalObjectReference. */
    private static List<FieldError> resourceRef(Ingress.ResourceRef ref, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (ref.apiGroup() != null) {
            errs.addAll(MetaValidation.dns1123Subdomain(ref.apiGroup(), p.child("apiGroup")));
        }
        errs.addAll(pathSegment(ref.kind(), p.child("kind")));
        errs.addAll(pathSegment(ref.name(), p.child("name")));
        return errs;
    }

    /** Required, else IsValidPathSegmentName: not "." or "..", no "/" or "%". */
    private static List<FieldError> pathSegment(String value, FieldPath p) {
        if (value.isEmpty()) {
            return List.of(FieldError.required(p.toString(), ""));
        }
        if (value.equals(".") || value.equals("..")) {
            return List.of(FieldError.invalid(p.toString(), value, "may not be '" + value + "'"));
        }
        List<FieldError> errs = new ArrayList<>();
        for (String bad : List.of("/", "%")) {
            if (value.contains(bad)) {
                errs.add(FieldError.invalid(p.toString(), value, "may not contain '" + bad + "'"));
            }
        }
        return errs;
    }

    static List<FieldError> ingressClass(IngressClass ic) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(ic.metadata(), false,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        String controller = ic.controller();
        String cp = "spec.controller";
        if (controller.isEmpty()) {
            errs.add(FieldError.required(cp, ""));
            return errs;
        }
        if (Formats.goLen(controller) > MAX_CONTROLLER_LENGTH) {
            errs.add(FieldError.tooLong(cp, "may not be more than " + MAX_CONTROLLER_LENGTH + " bytes"));
        }
        // IsDomainPrefixedPath: "<DNS subdomain>/<HTTP path characters>".
        String[] segments = controller.split("/", 2);
        if (segments.length != 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
            errs.add(FieldError.invalid(cp, controller, "must be a domain-prefixed path (such as \"acme.io/foo\")"));
            return errs;
        }
        for (String msg : Formats.isDns1123Subdomain(segments[0])) {
            errs.add(FieldError.invalid(cp, segments[0], msg));
        }
        if (!Formats.isHttpPath(segments[1])) {
            errs.add(FieldError.invalid(cp, segments[1], Formats.regexError("Invalid path", Formats.HTTP_PATH_FMT)));
        }
        return errs;
    }

    static List<FieldError> ingressClassUpdate(IngressClass ic, IngressClass old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(ic.metadata(), old.metadata()));
        if (!ic.controller().equals(old.controller())) {
            errs.add(FieldError.invalid("spec.controller", ic.controller(), MetaValidation.FIELD_IMMUTABLE));
        }
        errs.addAll(ingressClass(ic));
        return errs;
    }
}
