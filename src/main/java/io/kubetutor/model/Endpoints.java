package io.kubetutor.model;

import java.util.List;

/** v1 Endpoints, hand-written for a Service without a selector, or kept by the Endpoints controller. */
public record Endpoints(ObjectMeta metadata, List<Subset> subsets, Origin origin) implements KubeObject {
    public Endpoints {
        subsets = Maps.list(subsets);
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Endpoints";
    }

    public Endpoints withSubsets(List<Subset> s) {
        return new Endpoints(metadata, s, origin);
    }

    public record Subset(List<Address> addresses, List<Address> notReadyAddresses, List<Port> ports) {
        public Subset {
            addresses = Maps.list(addresses);
            notReadyAddresses = Maps.list(notReadyAddresses);
            ports = Maps.list(ports);
        }
    }

    /** nodeName nullable (a Go pointer); targetRef nullable. */
    public record Address(String ip, String hostname, String nodeName, ObjectReference targetRef) {
        public Address {
            ip = ip == null ? "" : ip;
            hostname = hostname == null ? "" : hostname;
        }
    }

    /** protocol "" when absent (defaulted to TCP); appProtocol nullable. */
    public record Port(String name, int port, String protocol, String appProtocol) {
        public Port {
            name = name == null ? "" : name;
            protocol = protocol == null ? "" : protocol;
        }

        public Port withProtocol(String p) {
            return new Port(name, port, p, appProtocol);
        }
    }
}
