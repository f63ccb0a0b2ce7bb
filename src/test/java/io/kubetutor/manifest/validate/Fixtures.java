package io.kubetutor.manifest.validate;

import io.kubetutor.model.Container;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.Probe;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.StatusErrors;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Terse construction of the records the decoder would produce, and the server's create pipeline. */
final class Fixtures {
    private Fixtures() {
    }

    static ObjectMeta meta(String name) {
        return ObjectMeta.named(name, "default");
    }

    static Service service(String name, Consumer<ServiceSpec.Builder> spec) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        spec.accept(b);
        return new Service(meta(name), b.build(), null, null);
    }

    /** A ClusterIP Service selecting app=web with the given ports. */
    static Service web(ServicePort... ports) {
        return service("web", s -> {
            s.selector = Map.of("app", "web");
            s.ports = List.of(ports);
        });
    }

    static ServicePort port(int port) {
        return new ServicePort(null, null, null, port, null, 0);
    }

    static ServicePort port(String name, int port) {
        return new ServicePort(name, null, null, port, null, 0);
    }

    static ServicePort port(String name, String protocol, int port, IntOrString target, int nodePort) {
        return new ServicePort(name, protocol, null, port, target, nodePort);
    }

    static Container container(String name, String image, Container.ContainerPort... ports) {
        return new Container(name, image, null, null, List.of(ports), null, null, null, null, null);
    }

    static Container.ContainerPort containerPort(String name, int port) {
        return new Container.ContainerPort(name, port, null, 0, null);
    }

    static Probe httpProbe(IntOrString port) {
        return new Probe(null, new Probe.HttpGet(null, port, null, null), null, null, 0, 0, 0, 0, 0);
    }

    static PodSpec podSpec(Container... containers) {
        return new PodSpec(null, null, null, null, List.of(containers), null, null, null, false);
    }

    static Pod pod(String name, Container... containers) {
        return new Pod(meta(name), podSpec(containers), null, null);
    }

    static PodTemplateSpec template(Map<String, String> labels, Container... containers) {
        return new PodTemplateSpec(new ObjectMeta(null, null, null, labels, null), podSpec(containers));
    }

    static LabelSelector selector(Map<String, String> labels) {
        return LabelSelector.of(labels);
    }

    /**
     * What a create request goes through before the error text is printed: v1 defaulting, then
     * for Services clusterIP normalisation and IP-family initialisation (whose errors end the
     * request early), then validation.
     */
    static List<FieldError> createErrors(KubeObject o) {
        KubeObject defaulted = Defaults.apply(o);
        if (defaulted instanceof Service s) {
            ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields(
                    ServiceAllocationDefaults.normalizeClusterIPs(s));
            if (!r.ok()) {
                return r.errors();
            }
            defaulted = r.service();
        }
        return Validation.validateCreate(defaulted);
    }

    /** What kubectl prints for the create, or "" when the object is valid. */
    static String kubectlCreate(KubeObject o) {
        List<FieldError> errs = createErrors(o);
        return errs.isEmpty() ? "" : StatusErrors.invalid(o.kind(), o.name(), errs);
    }

    static String kubectlUpdate(KubeObject old, KubeObject updated) {
        List<FieldError> errs = Validation.validateUpdate(old, updated);
        return errs.isEmpty() ? "" : StatusErrors.invalid(updated.kind(), updated.name(), errs);
    }
}
