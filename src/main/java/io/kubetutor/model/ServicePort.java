package io.kubetutor.model;

/** v1 ServicePort. name/protocol "" when absent; port/nodePort 0 when absent; appProtocol nullable. */
public record ServicePort(String name, String protocol, String appProtocol, int port,
                          IntOrString targetPort, int nodePort) {
    public ServicePort {
        name = name == null ? "" : name;
        protocol = protocol == null ? "" : protocol;
        targetPort = targetPort == null ? IntOrString.ZERO : targetPort;
    }

    public ServicePort withProtocol(String p) {
        return new ServicePort(name, p, appProtocol, port, targetPort, nodePort);
    }

    public ServicePort withTargetPort(IntOrString t) {
        return new ServicePort(name, protocol, appProtocol, port, t, nodePort);
    }

    public ServicePort withNodePort(int n) {
        return new ServicePort(name, protocol, appProtocol, port, targetPort, n);
    }
}
