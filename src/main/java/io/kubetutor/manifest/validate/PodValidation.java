package io.kubetutor.manifest.validate;

import io.kubetutor.model.Container;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.List;

/** ValidatePodCreate / ValidatePodUpdate / ValidatePodSpec / ValidatePodTemplateSpec (v1.33). */
final class PodValidation {
    private PodValidation() {
    }

    private static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
    private static final List<String> DNS_POLICIES = List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");

    /**
     * What may change on a running pod, in upstream's order and joined with "," as it does.
     * Upstream appends a newline and a cmp.Diff of the two specs (Go struct syntax of the
     * internal types); that diff cannot be reproduced faithfully here, so it is left out.
     */
    static final String POD_UPDATE_FORBIDDEN = "pod updates may not change fields other than "
            + String.join(",", "`spec.containers[*].image`", "`spec.initContainers[*].image`",
            "`spec.activeDeadlineSeconds`", "`spec.tolerations` (only additions to existing tolerations)",
            "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)");

    static List<FieldError> validateCreate(Pod pod) {
        return metadataAndSpec(pod);
    }

    private static List<FieldError> metadataAndSpec(Pod pod) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(pod.metadata(), true,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        FieldPath spec = FieldPath.root("spec");
        PodSpec ps = pod.spec();
        errs.addAll(podSpec(ps, spec, true));
        errs.addAll(imageWhitespace(ps.containers(), spec.child("containers")));
        errs.addAll(imageWhitespace(ps.initContainers(), spec.child("initContainers")));
        return errs;
    }

    /** validateContainersOnlyForPod: templates tolerate " " as an image (a special token for some tools). */
    private static List<FieldError> imageWhitespace(List<Container> containers, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (int i = 0; i < containers.size(); i++) {
            String image = containers.get(i).image();
            if (IPValidation.trimSpace(image).length() != image.length()) {
                errs.add(FieldError.invalid(path.index(i).child("image").toString(), image,
                        "must not have leading or trailing whitespace"));
            }
        }
        return errs;
    }

    static List<FieldError> podSpec(PodSpec spec, FieldPath path, boolean resourceIsPod) {
        List<FieldError> errs = new ArrayList<>();
        errs.addAll(ContainerValidation.containers(spec.containers(), path.child("containers")));
        errs.addAll(ContainerValidation.initContainers(spec.initContainers(), spec.containers(), path.child("initContainers")));
        if (spec.hostNetwork()) {
            // A pod must repeat containerPort as hostPort; a template may leave it 0 (defaulted on the pod).
            for (int i = 0; i < spec.containers().size(); i++) {
                List<Container.ContainerPort> ports = spec.containers().get(i).ports();
                for (int j = 0; j < ports.size(); j++) {
                    int hp = ports.get(j).hostPort();
                    int cp = ports.get(j).containerPort();
                    if ((resourceIsPod || hp != 0) && hp != cp) {
                        errs.add(FieldError.invalid(path.child("containers").index(i).child("ports").index(j)
                                .child("hostPort").toString(), hp, "must match `containerPort` when `hostNetwork` is true"));
                    }
                }
            }
        }
        if (spec.restartPolicy().isEmpty()) {
            errs.add(FieldError.required(path.child("restartPolicy").toString(), ""));
        } else if (!RESTART_POLICIES.contains(spec.restartPolicy())) {
            errs.add(FieldError.notSupported(path.child("restartPolicy").toString(), BadValues.typed(spec.restartPolicy()),
                    RESTART_POLICIES));
        }
        if (spec.dnsPolicy().isEmpty()) {
            errs.add(FieldError.required(path.child("dnsPolicy").toString(), ""));
        } else if (!DNS_POLICIES.contains(spec.dnsPolicy())) {
            errs.add(FieldError.notSupported(path.child("dnsPolicy").toString(), BadValues.typed(spec.dnsPolicy()),
                    DNS_POLICIES));
        }
        errs.addAll(MetaValidation.labels(spec.nodeSelector(), path.child("nodeSelector")));
        if (!spec.nodeName().isEmpty()) {
            for (String msg : Formats.isDns1123Subdomain(spec.nodeName())) {
                errs.add(FieldError.invalid(path.child("nodeName").toString(), spec.nodeName(), msg));
            }
        }
        if (!spec.hostname().isEmpty()) {
            errs.addAll(MetaValidation.dns1123Label(spec.hostname(), path.child("hostname")));
        }
        if (!spec.subdomain().isEmpty()) {
            errs.addAll(MetaValidation.dns1123Label(spec.subdomain(), path.child("subdomain")));
        }
        return errs;
    }

    /** ValidatePodTemplateSpec: note the template's labels are reported at {@code <path>.labels}. */
    static List<FieldError> template(PodTemplateSpec template, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        ObjectMeta meta = template.metadata() == null ? ObjectMeta.named("", "") : template.metadata();
        errs.addAll(MetaValidation.labels(meta.labels(), path.child("labels")));
        errs.addAll(MetaValidation.annotations(meta.annotations(), path.child("annotations")));
        errs.addAll(podSpec(template.spec(), path.child("spec"), false));
        return errs;
    }

    /** ValidatePodUpdate: only images (and a few unmodelled fields) may change. */
    static List<FieldError> validateUpdate(Pod pod, Pod old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(pod.metadata(), old.metadata()));
        errs.addAll(metadataAndSpec(pod));
        FieldPath spec = FieldPath.root("spec");
        PodSpec n = pod.spec();
        PodSpec o = old.spec();
        if (containerCountChanged(n.containers(), o.containers(), spec.child("containers"), errs)) {
            return errs;
        }
        if (containerCountChanged(n.initContainers(), o.initContainers(), spec.child("initContainers"), errs)) {
            return errs;
        }
        if (n.equals(o)) {
            return errs;
        }
        PodSpec munged = n.withContainers(withImagesOf(n.initContainers(), o.initContainers()),
                withImagesOf(n.containers(), o.containers()));
        if (!munged.equals(o)) {
            errs.add(FieldError.forbidden(spec.toString(), POD_UPDATE_FORBIDDEN));
        }
        return errs;
    }

    /** ValidateContainerUpdates: a changed count stops validation; images must stay set and trimmed. */
    private static boolean containerCountChanged(List<Container> updated, List<Container> old, FieldPath path,
                                                 List<FieldError> errs) {
        if (updated.size() != old.size()) {
            errs.add(FieldError.forbidden(path.toString(), "pod updates may not add or remove containers"));
            return true;
        }
        for (int i = 0; i < updated.size(); i++) {
            String image = updated.get(i).image();
            if (image.isEmpty()) {
                errs.add(FieldError.required(path.index(i).child("image").toString(), ""));
            }
            if (IPValidation.trimSpace(image).length() != image.length()) {
                errs.add(FieldError.invalid(path.index(i).child("image").toString(), image,
                        "must not have leading or trailing whitespace"));
            }
        }
        return false;
    }

    private static List<Container> withImagesOf(List<Container> updated, List<Container> old) {
        List<Container> out = new ArrayList<>();
        for (int i = 0; i < updated.size(); i++) {
            Container c = updated.get(i);
            out.add(new Container(c.name(), old.get(i).image(), c.command(), c.args(), c.ports(), c.env(),
                    c.readinessProbe(), c.livenessProbe(), c.startupProbe(), c.restartPolicy()));
        }
        return out;
    }
}
