package io.kubetutor.sim.endpoints;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ServicePort;

/** FindPort (endpointslice utils.go, same as pkg/api/v1/pod): a service port's targetPort on one pod. */
final class TargetPorts {
    private TargetPorts() {
    }

    /**
     * The container port a service port sends to on this pod, or null when the pod has none. A
     * number is used as-is (the pod need not declare it). A name is looked up in the containers'
     * ports, then in sidecars (init containers with restartPolicy Always), matching name AND
     * protocol; the first match wins. An unset targetPort means the port itself, as the API
     * server's defaulting would have written it.
     */
    static Integer find(Pod pod, ServicePort servicePort) {
        IntOrString target = servicePort.targetPort();
        if (target.isZero()) {
            return servicePort.port();
        }
        if (target.isInt()) {
            return target.intValue();
        }
        String protocol = protocol(servicePort.protocol());
        Integer found = findNamed(pod.spec().containers(), target.stringValue(), protocol, false);
        if (found == null) {
            found = findNamed(pod.spec().initContainers(), target.stringValue(), protocol, true);
        }
        return found;
    }

    private static Integer findNamed(Iterable<Container> containers, String name, String protocol,
                                     boolean sidecarsOnly) {
        for (Container c : containers) {
            if (sidecarsOnly && !"Always".equals(c.restartPolicy())) {
                continue;
            }
            for (Container.ContainerPort p : c.ports()) {
                if (p.name().equals(name) && protocol(p.protocol()).equals(protocol)) {
                    return p.containerPort();
                }
            }
        }
        return null;
    }

    /** Protocols as stored after defaulting: an absent one is TCP for both service and container ports. */
    static String protocol(String p) {
        return p == null || p.isEmpty() ? "TCP" : p;
    }
}
