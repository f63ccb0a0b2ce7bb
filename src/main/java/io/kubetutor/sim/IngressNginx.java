package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.Probe;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ingress-nginx as its official static manifest installs it (controller-v1.15.1,
 * deploy/static/provider/cloud/deploy.yaml with a cloud load balancer, .../baremetal/deploy.yaml
 * without one), in the parts the model holds: the namespace, the controller Deployment, its two
 * Services and the IngressClass. ServiceAccounts, RBAC, the ConfigMap, the admission Jobs and the
 * ValidatingWebhookConfiguration are not simulated kinds and are absent, as are the container's
 * env (valueFrom), volumes, lifecycle hook, securityContext, resources and grace period.
 */
final class IngressNginx {
    static final String NAMESPACE = "ingress-nginx";
    static final String NAME = "ingress-nginx-controller";
    static final String ADMISSION = "ingress-nginx-controller-admission";
    static final String IMAGE = "registry.k8s.io/ingress-nginx/controller:v1.15.1";
    static final String CONTROLLER_CLASS = "k8s.io/ingress-nginx";
    static final String VERSION = "1.15.1";

    private IngressNginx() {
    }

    /** app.kubernetes.io/name, instance and component: the selector of the Deployment and Services. */
    static Map<String, String> selector() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app.kubernetes.io/component", "controller");
        m.put("app.kubernetes.io/instance", "ingress-nginx");
        m.put("app.kubernetes.io/name", "ingress-nginx");
        return m;
    }

    /** The selector labels with part-of and version, as every object of the manifest carries them. */
    static Map<String, String> labels() {
        Map<String, String> m = selector();
        m.put("app.kubernetes.io/part-of", "ingress-nginx");
        m.put("app.kubernetes.io/version", VERSION);
        return m;
    }

    static Namespace namespace() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/instance", "ingress-nginx");
        labels.put("app.kubernetes.io/name", "ingress-nginx");
        return new Namespace(new ObjectMeta(NAMESPACE, "", "", labels, Map.of()), null);
    }

    /**
     * The controller Deployment. {@code cloud}: the cloud manifest, whose controller publishes the
     * load balancer's address on Ingresses (--publish-service); the bare-metal one does not, and
     * takes hostPort 80 and 443 on its node as minikube's ingress addon does, so that
     * {@code http://HOST/} reaches it at the node address the Ingress shows.
     */
    static Deployment deployment(boolean cloud) {
        List<String> args = new ArrayList<>(List.of("/nginx-ingress-controller"));
        if (cloud) {
            args.add("--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller");
        }
        args.addAll(List.of("--election-id=ingress-nginx-leader", "--controller-class=" + CONTROLLER_CLASS,
                "--ingress-class=nginx", "--configmap=$(POD_NAMESPACE)/ingress-nginx-controller",
                "--validating-webhook=:8443", "--validating-webhook-certificate=/usr/local/certificates/cert",
                "--validating-webhook-key=/usr/local/certificates/key", "--enable-metrics=false"));
        Probe.HttpGet healthz = new Probe.HttpGet("/healthz", IntOrString.of(10254), "", "HTTP");
        Probe liveness = new Probe(null, healthz, null, null, 10, 1, 10, 1, 5);
        Probe readiness = new Probe(null, healthz, null, null, 10, 1, 10, 1, 3);
        Container controller = new Container("controller", IMAGE, List.of(), args,
                List.of(new Container.ContainerPort("http", 80, "TCP", cloud ? 0 : 80, ""),
                        new Container.ContainerPort("https", 443, "TCP", cloud ? 0 : 443, ""),
                        new Container.ContainerPort("webhook", 8443, "TCP", 0, "")),
                // The manifest sets POD_NAME and POD_NAMESPACE from the downward API (valueFrom, which the
                // model holds as an empty value); the controller expands $(POD_NAMESPACE) in its flags.
                List.of(new Container.EnvVar("POD_NAME", ""), new Container.EnvVar("POD_NAMESPACE", ""),
                        new Container.EnvVar("LD_PRELOAD", "/usr/local/lib/libmimalloc.so")),
                readiness, liveness, null, null);
        PodSpec spec = new PodSpec("", "", "", List.of(), List.of(controller), "", "ClusterFirst", null, false);
        PodTemplateSpec template = new PodTemplateSpec(new ObjectMeta("", "", "", labels(), Map.of()), spec);
        return new Deployment(new ObjectMeta(NAME, "", NAMESPACE, labels(), Map.of()),
                new Deployment.Spec(null, LabelSelector.of(selector()), template, "", 0), null);
    }

    /**
     * The controller's Service: LoadBalancer with externalTrafficPolicy Local (the client's address
     * reaches nginx) in the cloud manifest, NodePort in the bare-metal one. Not yet allocated.
     */
    static Service controllerService(boolean cloud) {
        ServiceSpec.Builder b = singleStack();
        b.type = cloud ? "LoadBalancer" : "NodePort";
        if (cloud) {
            b.externalTrafficPolicy = "Local";
        }
        b.ports = List.of(new ServicePort("http", "TCP", "http", 80, IntOrString.of("http"), 0),
                new ServicePort("https", "TCP", "https", 443, IntOrString.of("https"), 0));
        return new Service(new ObjectMeta(NAME, "", NAMESPACE, labels(), Map.of()), b.build(), null, null);
    }

    /** The admission webhook's ClusterIP Service. Not yet allocated. */
    static Service admissionService() {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = "ClusterIP";
        b.selector = selector();
        b.ports = List.of(new ServicePort("https-webhook", "", "https", 443, IntOrString.of("webhook"), 0));
        return new Service(new ObjectMeta(ADMISSION, "", NAMESPACE, labels(), Map.of()), b.build(), null, null);
    }

    /**
     * The IngressClass, marked the default class as minikube's ingress addon marks it (the static
     * manifest does not): Ingresses written without ingressClassName, as most tutorials write them,
     * are then served, which is what a cluster that comes with an ingress controller promises.
     */
    static IngressClass ingressClass() {
        ObjectMeta meta = new ObjectMeta("nginx", "", "", labels(),
                Map.of("ingressclass.kubernetes.io/is-default-class", "true"));
        return new IngressClass(meta, CONTROLLER_CLASS, null);
    }

    private static ServiceSpec.Builder singleStack() {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.selector = selector();
        b.ipFamilies = List.of("IPv4");
        b.ipFamilyPolicy = "SingleStack";
        return b;
    }
}
