package io.kubetutor.manifest.validate;

import io.kubetutor.model.Container;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.Probe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * validateContainers / validateInitContainers / validateContainerCommon and the probe checks of
 * core validation (v1.33), limited to the container fields the tutor models.
 */
final class ContainerValidation {
    private ContainerValidation() {
    }

    private static final List<String> HTTP_SCHEMES = List.of("HTTP", "HTTPS");
    private static final String INIT_FORBIDDEN = "may not be set for init containers without restartPolicy=Always";

    static List<FieldError> containers(List<Container> containers, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        if (containers.isEmpty()) {
            errs.add(FieldError.required(path.toString(), ""));
            return errs;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < containers.size(); i++) {
            Container c = containers.get(i);
            FieldPath p = path.index(i);
            errs.addAll(common(c, p));
            if (!names.add(c.name())) {
                errs.add(FieldError.duplicate(p.child("name").toString(), c.name()));
            }
            errs.addAll(probes(c, p));
            if (c.restartPolicy() != null) {
                errs.add(FieldError.forbidden(p.child("restartPolicy").toString(), "may not be set for non-init containers"));
            }
        }
        errs.addAll(hostPortConflicts(containers, path));
        return errs;
    }

    static List<FieldError> initContainers(List<Container> inits, List<Container> regular, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Container c : regular) {
            names.add(c.name());
        }
        for (int i = 0; i < inits.size(); i++) {
            Container c = inits.get(i);
            FieldPath p = path.index(i);
            errs.addAll(common(c, p));
            boolean restartAlways = false;
            if (c.restartPolicy() != null) {
                if (!c.restartPolicy().equals("Always")) {
                    errs.add(FieldError.notSupported(p.child("restartPolicy").toString(), BadValues.typed(c.restartPolicy()),
                            List.of("Always")));
                }
                restartAlways = c.restartPolicy().equals("Always");
            }
            if (names.contains(c.name())) {
                errs.add(FieldError.duplicate(p.child("name").toString(), c.name()));
            } else if (!c.name().isEmpty()) {
                names.add(c.name());
            }
            // Upstream checks each init container alone (they run one by one) and so always
            // reports it at index 0 of the list.
            errs.addAll(hostPortConflicts(List.of(c), path));
            if (restartAlways) {
                errs.addAll(probes(c, p));
            } else {
                if (c.livenessProbe() != null) {
                    errs.add(FieldError.forbidden(p.child("livenessProbe").toString(), INIT_FORBIDDEN));
                }
                if (c.readinessProbe() != null) {
                    errs.add(FieldError.forbidden(p.child("readinessProbe").toString(), INIT_FORBIDDEN));
                }
                if (c.startupProbe() != null) {
                    errs.add(FieldError.forbidden(p.child("startupProbe").toString(), INIT_FORBIDDEN));
                }
            }
        }
        return errs;
    }

    /** validateContainerCommon: name, image, ports, env (other checked fields are not modelled). */
    private static List<FieldError> common(Container c, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (c.name().isEmpty()) {
            errs.add(FieldError.required(p.child("name").toString(), ""));
        } else {
            errs.addAll(MetaValidation.dns1123Label(c.name(), p.child("name")));
        }
        if (c.image().isEmpty()) {
            errs.add(FieldError.required(p.child("image").toString(), ""));
        }
        errs.addAll(ports(c.ports(), p.child("ports")));
        errs.addAll(env(c.env(), p.child("env")));
        return errs;
    }

    /** validateContainerPorts: names are IANA_SVC_NAMEs, unique per container. */
    private static List<FieldError> ports(List<Container.ContainerPort> ports, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            Container.ContainerPort port = ports.get(i);
            FieldPath p = path.index(i);
            if (!port.name().isEmpty()) {
                List<String> msgs = Formats.isValidPortName(port.name());
                if (!msgs.isEmpty()) {
                    for (String msg : msgs) {
                        errs.add(FieldError.invalid(p.child("name").toString(), port.name(), msg));
                    }
                } else if (!names.add(port.name())) {
                    errs.add(FieldError.duplicate(p.child("name").toString(), port.name()));
                }
            }
            if (port.containerPort() == 0) {
                errs.add(FieldError.required(p.child("containerPort").toString(), ""));
            } else {
                for (String msg : Formats.isValidPortNum(port.containerPort())) {
                    errs.add(FieldError.invalid(p.child("containerPort").toString(), port.containerPort(), msg));
                }
            }
            if (port.hostPort() != 0) {
                for (String msg : Formats.isValidPortNum(port.hostPort())) {
                    errs.add(FieldError.invalid(p.child("hostPort").toString(), port.hostPort(), msg));
                }
            }
            if (port.protocol().isEmpty()) {
                errs.add(FieldError.required(p.child("protocol").toString(), ""));
            } else if (!ServiceValidation.PORT_PROTOCOLS.contains(port.protocol())) {
                errs.add(FieldError.notSupported(p.child("protocol").toString(), BadValues.typed(port.protocol()),
                        ServiceValidation.PORT_PROTOCOLS));
            }
        }
        return errs;
    }

    /**
     * ValidateEnv with RelaxedEnvironmentVariableValidation (beta and on by default since v1.32):
     * any printable ASCII except '='. valueFrom is not modelled, so its checks are left out.
     */
    private static List<FieldError> env(List<Container.EnvVar> env, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (int i = 0; i < env.size(); i++) {
            String name = env.get(i).name();
            FieldPath p = path.index(i).child("name");
            if (name.isEmpty()) {
                errs.add(FieldError.required(p.toString(), ""));
                continue;
            }
            for (int k = 0; k < name.length(); k++) {
                char ch = name.charAt(k);
                if (ch < 0x20 || ch > 0x7e || ch == '=') {
                    errs.add(FieldError.invalid(p.toString(), name,
                            "a valid environment variable name must consist only of printable ASCII characters other than '='"));
                    break;
                }
            }
        }
        return errs;
    }

    /** AccumulateUniqueHostPorts: "protocol/hostIP/port" must be unique across the given containers. */
    private static List<FieldError> hostPortConflicts(List<Container> containers, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int ci = 0; ci < containers.size(); ci++) {
            List<Container.ContainerPort> ports = containers.get(ci).ports();
            for (int pi = 0; pi < ports.size(); pi++) {
                Container.ContainerPort port = ports.get(pi);
                if (port.hostPort() == 0) {
                    continue;
                }
                String key = port.protocol() + "/" + port.hostIP() + "/" + port.hostPort();
                if (!seen.add(key)) {
                    errs.add(FieldError.duplicate(path.index(ci).child("ports").index(pi).child("hostPort").toString(), key));
                }
            }
        }
        return errs;
    }

    /** Liveness, readiness, startup; liveness and startup also need successThreshold 1. */
    private static List<FieldError> probes(Container c, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        if (c.livenessProbe() != null) {
            errs.addAll(probe(c.livenessProbe(), p.child("livenessProbe")));
            errs.addAll(successThresholdOne(c.livenessProbe(), p.child("livenessProbe")));
        }
        if (c.readinessProbe() != null) {
            errs.addAll(probe(c.readinessProbe(), p.child("readinessProbe")));
        }
        if (c.startupProbe() != null) {
            errs.addAll(probe(c.startupProbe(), p.child("startupProbe")));
            errs.addAll(successThresholdOne(c.startupProbe(), p.child("startupProbe")));
        }
        return errs;
    }

    private static List<FieldError> successThresholdOne(Probe probe, FieldPath p) {
        if (probe.successThreshold() != 1) {
            return List.of(FieldError.invalid(p.child("successThreshold").toString(), probe.successThreshold(), "must be 1"));
        }
        return List.of();
    }

    private static List<FieldError> probe(Probe probe, FieldPath p) {
        List<FieldError> errs = new ArrayList<>(handler(probe, p));
        errs.addAll(MetaValidation.nonNegative(probe.initialDelaySeconds(), p.child("initialDelaySeconds")));
        errs.addAll(MetaValidation.nonNegative(probe.timeoutSeconds(), p.child("timeoutSeconds")));
        errs.addAll(MetaValidation.nonNegative(probe.periodSeconds(), p.child("periodSeconds")));
        errs.addAll(MetaValidation.nonNegative(probe.successThreshold(), p.child("successThreshold")));
        errs.addAll(MetaValidation.nonNegative(probe.failureThreshold(), p.child("failureThreshold")));
        return errs;
    }

    /** validateHandler: exactly one of exec, httpGet, tcpSocket, grpc, checked in that order. */
    private static List<FieldError> handler(Probe probe, FieldPath p) {
        List<FieldError> errs = new ArrayList<>();
        int handlers = 0;
        String more = "may not specify more than 1 handler type";
        if (probe.exec() != null) {
            handlers++;
            if (probe.exec().command().isEmpty()) {
                errs.add(FieldError.required(p.child("exec", "command").toString(), ""));
            }
        }
        if (probe.httpGet() != null) {
            if (handlers > 0) {
                errs.add(FieldError.forbidden(p.child("httpGet").toString(), more));
            } else {
                handlers++;
                Probe.HttpGet get = probe.httpGet();
                FieldPath hp = p.child("httpGet");
                if (get.path().isEmpty()) {
                    errs.add(FieldError.required(hp.child("path").toString(), ""));
                }
                errs.addAll(ServiceValidation.portNumOrName(get.port(), hp.child("port")));
                if (!HTTP_SCHEMES.contains(get.scheme())) {
                    errs.add(FieldError.notSupported(hp.child("scheme").toString(), BadValues.typed(get.scheme()), HTTP_SCHEMES));
                }
            }
        }
        if (probe.tcpSocket() != null) {
            if (handlers > 0) {
                errs.add(FieldError.forbidden(p.child("tcpSocket").toString(), more));
            } else {
                handlers++;
                errs.addAll(ServiceValidation.portNumOrName(probe.tcpSocket().port(), p.child("tcpSocket", "port")));
            }
        }
        if (probe.grpc() != null) {
            if (handlers > 0) {
                errs.add(FieldError.forbidden(p.child("grpc").toString(), more));
            } else {
                handlers++;
                for (String msg : Formats.isValidPortNum(probe.grpc().port())) {
                    errs.add(FieldError.invalid(p.child("grpc", "port").toString(), probe.grpc().port(), msg));
                }
            }
        }
        if (handlers == 0) {
            errs.add(FieldError.required(p.toString(), "must specify a handler type"));
        }
        return errs;
    }
}
