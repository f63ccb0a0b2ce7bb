package io.kubetutor.model;

import java.util.List;

/** The parts of v1 Container the tutor simulates. restartPolicy is set only on sidecar init containers. */
public record Container(String name, String image, List<String> command, List<String> args,
                        List<ContainerPort> ports, List<EnvVar> env, Probe readinessProbe,
                        Probe livenessProbe, Probe startupProbe, String restartPolicy) {
    public Container {
        name = name == null ? "" : name;
        image = image == null ? "" : image;
        command = Maps.list(command);
        args = Maps.list(args);
        ports = Maps.list(ports);
        env = Maps.list(env);
    }

    public Container withPorts(List<ContainerPort> p) {
        return new Container(name, image, command, args, p, env, readinessProbe, livenessProbe,
                startupProbe, restartPolicy);
    }

    public Container withProbes(Probe readiness, Probe liveness, Probe startup) {
        return new Container(name, image, command, args, ports, env, readiness, liveness, startup,
                restartPolicy);
    }

    /** v1 ContainerPort; protocol "" when absent (defaulted to TCP). */
    public record ContainerPort(String name, int containerPort, String protocol, int hostPort, String hostIP) {
        public ContainerPort {
            name = name == null ? "" : name;
            protocol = protocol == null ? "" : protocol;
            hostIP = hostIP == null ? "" : hostIP;
        }

        public ContainerPort withProtocol(String p) {
            return new ContainerPort(name, containerPort, p, hostPort, hostIP);
        }
    }

    /** v1 EnvVar with a literal value (valueFrom is accepted but not simulated: value is then ""). */
    public record EnvVar(String name, String value) {
        public EnvVar {
            name = name == null ? "" : name;
            value = value == null ? "" : value;
        }
    }
}
