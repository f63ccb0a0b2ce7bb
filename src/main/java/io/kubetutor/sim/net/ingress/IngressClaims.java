package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.sim.net.NetworkState;
import java.util.Comparator;
import java.util.List;

/**
 * Which Ingresses a controller claims, decided as ingress-nginx's store does
 * (internal/ingress/controller/store/store.go, GetIngressClass and the IngressClass handler):
 * <ol>
 * <li>spec.ingressClassName names an IngressClass the controller keeps: one whose spec.controller
 * is its --controller-class (or, with --ingress-class-by-name, one named its --ingress-class). A
 * class of another controller, or no such class, is not claimed.</li>
 * <li>Else the legacy annotation kubernetes.io/ingress.class must equal --ingress-class.</li>
 * <li>Else it is claimed only with --watch-ingress-without-class.</li>
 * </ol>
 * The DefaultIngressClass admission plugin writes the default class into ingressClassName when an
 * Ingress without class and without the annotation is created; the simulated API server does not,
 * so its effect is applied here: the newest IngressClass marked
 * ingressclass.kubernetes.io/is-default-class: "true" that existed when the Ingress was created.
 */
public final class IngressClaims {
    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";

    private final NetworkState state;
    private final List<IngressClass> classes;

    IngressClaims(NetworkState state) {
        this.state = state;
        this.classes = state.snapshot().all(IngressClass.class);
    }

    /** Whether a controller with these flags serves {@code ing}; the reason is {@link #why}. */
    boolean claims(ControllerFlags flags, Ingress ing) {
        if (!flags.watchNamespace().isEmpty() && !flags.watchNamespace().equals(ing.namespace())) {
            return false;
        }
        String className = effectiveClassName(ing);
        if (className != null) {
            IngressClass c = find(className);
            return c != null && keeps(flags, c);
        }
        String annotation = ing.metadata().annotations().get(CLASS_ANNOTATION);
        if (annotation != null) {
            return annotation.equals(flags.ingressClass());
        }
        return flags.watchIngressWithoutClass();
    }

    /** In plain words, why the controller does or does not serve {@code ing}. */
    String why(ControllerFlags flags, Ingress ing) {
        boolean yes = claims(flags, ing);
        if (!flags.watchNamespace().isEmpty() && !flags.watchNamespace().equals(ing.namespace())) {
            return "the controller watches only namespace " + flags.watchNamespace();
        }
        String written = ing.spec().ingressClassName();
        String className = effectiveClassName(ing);
        if (className != null) {
            String via = written != null ? "ingressClassName " + className
                    : "the default IngressClass " + className + " (set by the DefaultIngressClass admission plugin)";
            IngressClass c = find(className);
            if (c == null) {
                return via + ", but no IngressClass " + className + " exists";
            }
            return via + " has controller " + c.controller() + (yes ? ", this controller's class"
                    : ", not this controller's " + flags.controllerClass());
        }
        String annotation = ing.metadata().annotations().get(CLASS_ANNOTATION);
        if (annotation != null) {
            return "annotation " + CLASS_ANNOTATION + ": " + annotation + (yes ? " matches" : " differs from")
                    + " --ingress-class=" + flags.ingressClass();
        }
        return yes ? "no class, and the controller runs with --watch-ingress-without-class"
                : "no class, and the controller does not watch Ingresses without a class";
    }

    private boolean keeps(ControllerFlags flags, IngressClass c) {
        return c.controller().equals(flags.controllerClass())
                || (flags.ingressClassByName() && c.name().equals(flags.ingressClass()));
    }

    /** ingressClassName as written, else what the admission plugin would have set on create. */
    String effectiveClassName(Ingress ing) {
        if (ing.spec().ingressClassName() != null) {
            return ing.spec().ingressClassName();
        }
        if (ing.metadata().annotations().containsKey(CLASS_ANNOTATION)) {
            return null;
        }
        // getDefaultClass: newest creationTimestamp first, then name; only classes that existed then.
        return classes.stream()
                .filter(IngressClass::isDefault)
                .filter(c -> state.createdBefore(c, ing))
                .max(Comparator.comparingLong((IngressClass c) -> createdSecond(c))
                        .thenComparing((IngressClass c) -> c.name(), Comparator.reverseOrder()))
                .map(IngressClass::name).orElse(null);
    }

    private IngressClass find(String name) {
        for (IngressClass c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** metav1.Time has whole seconds: objects made in the same second tie. */
    static long createdSecond(io.kubetutor.model.KubeObject o) {
        Long t = o.metadata().creationTimestamp();
        return t == null ? 0 : Math.floorDiv(t, 1000);
    }
}
