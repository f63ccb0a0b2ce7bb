package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.DescribeWriter.LEVEL_0;
import static io.kubetutor.kubectl.print.DescribeWriter.LEVEL_1;
import static io.kubetutor.kubectl.print.DescribeWriter.LEVEL_2;
import static io.kubetutor.kubectl.print.DescribeWriter.LEVEL_3;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.PodStatus.ContainerStatus;
import io.kubetutor.model.Probe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * describePod, in upstream's order, limited to what the model holds. Left out because the model
 * cannot supply them (rather than printing made-up values): Priority, Service Account, Start Time
 * and every other wall-clock time (the cluster keeps only virtual milliseconds), Termination Grace
 * Period, Container ID, Image ID, Exit Code, Last State, Environment, Mounts, Volumes, QoS Class
 * and Tolerations. Node-Selectors comes where upstream puts it, after them.
 */
final class PodDescription {
    private PodDescription() {
    }

    static String of(Pod pod, List<EventRow> events, long now) {
        ObjectMeta meta = pod.metadata();
        PodStatus st = pod.status();
        DescribeWriter w = new DescribeWriter();
        w.write(LEVEL_0, "Name:\t" + meta.name() + "\n");
        w.write(LEVEL_0, "Namespace:\t" + meta.namespace() + "\n");
        String node = pod.spec().nodeName();
        w.write(LEVEL_0, "Node:\t" + (node.isEmpty() ? "<none>" : node + "/" + st.hostIP()) + "\n");
        w.labels("Labels", meta.labels());
        w.annotations(meta.annotations());
        boolean terminal = "Failed".equals(st.phase()) || "Succeeded".equals(st.phase());
        if (meta.deleting() && !terminal) {
            // deletionTimestamp is when the grace period ends, so this is usually "<invalid>" upstream too.
            w.write(LEVEL_0, "Status:\tTerminating (lasts " + HumanDuration.since(meta.deletionTimestamp(), now)
                    + ")\n");
        } else {
            w.write(LEVEL_0, "Status:\t" + st.phase() + "\n");
        }
        if (!st.reason().isEmpty()) {
            w.write(LEVEL_0, "Reason:\t" + st.reason() + "\n");
        }
        w.write(LEVEL_0, "IP:\t" + st.podIP() + "\n");
        List<String> ips = Defaulted.podIPs(st);
        if (ips.isEmpty()) {
            w.write(LEVEL_0, "IPs:\t<none>\n");
        } else {
            w.write(LEVEL_0, "IPs:\n");
            for (String ip : ips) {
                w.write(LEVEL_1, "IP:\t" + ip + "\n");
            }
        }
        ObjectMeta.OwnerReference controller = meta.controller();
        if (controller != null) {
            w.write(LEVEL_0, "Controlled By:\t" + controller.kind() + "/" + controller.name() + "\n");
        }
        Map<String, ContainerStatus> statuses = new HashMap<>();
        for (ContainerStatus cs : st.containerStatuses()) {
            statuses.put(cs.name(), cs);
        }
        if (!pod.spec().initContainers().isEmpty()) {
            containers(w, "Init Containers", pod.spec().initContainers(), statuses);
        }
        containers(w, "Containers", pod.spec().containers(), statuses);
        if (!st.conditions().isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n  Type\tStatus\n");
            for (PodStatus.Condition c : st.conditions()) {
                // Upstream leaves a space before each tab and the newline.
                w.write(LEVEL_1, c.type() + " \t" + c.status() + " \n");
            }
        }
        w.labels("Node-Selectors", pod.spec().nodeSelector());
        w.events(events, now);
        return w.text();
    }

    private static void containers(DescribeWriter w, String label, List<Container> containers,
                                   Map<String, ContainerStatus> statuses) {
        w.write(LEVEL_0, label + ":" + (containers.isEmpty() ? " <none>" : "") + "\n");
        for (Container c : containers) {
            ContainerStatus status = statuses.get(c.name());
            w.write(LEVEL_1, c.name() + ":\n");
            w.write(LEVEL_2, "Image:\t" + c.image() + "\n");
            List<String> ports = new ArrayList<>();
            List<String> hostPorts = new ArrayList<>();
            for (Container.ContainerPort p : c.ports()) {
                ports.add(p.containerPort() + "/" + Defaulted.protocol(p.protocol()));
                hostPorts.add(p.hostPort() + "/" + Defaulted.protocol(p.protocol()));
            }
            portLine(w, "Port", "Ports", String.join(", ", ports));
            portLine(w, "Host Port", "Host Ports", String.join(", ", hostPorts));
            commandLines(w, "Command", c.command());
            commandLines(w, "Args", c.args());
            if (status != null) {
                state(w, status);
                w.write(LEVEL_2, "Ready:\t" + (status.ready() ? "True" : "False") + "\n");
                w.write(LEVEL_2, "Restart Count:\t" + status.restartCount() + "\n");
            }
            probe(w, "Liveness", c.livenessProbe());
            probe(w, "Readiness", c.readinessProbe());
            probe(w, "Startup", c.startupProbe());
        }
    }

    /** One port prints as "Port:", several (the joined text has a comma) as "Ports:". */
    private static void portLine(DescribeWriter w, String one, String many, String joined) {
        if (joined.contains(",")) {
            w.write(LEVEL_2, many + ":\t" + joined + "\n");
        } else {
            w.write(LEVEL_2, one + ":\t" + (joined.isEmpty() ? "<none>" : joined) + "\n");
        }
    }

    private static void commandLines(DescribeWriter w, String title, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        w.write(LEVEL_2, title + ":\n");
        for (String v : values) {
            for (String line : v.split("\n", -1)) {
                w.write(LEVEL_3, line + "\n");
            }
        }
    }

    /** describeStatus for the current state; its times and exit code are not in the model. */
    private static void state(DescribeWriter w, ContainerStatus status) {
        switch (status.state()) {
            case "running":
                w.write(LEVEL_2, "State:\tRunning\n");
                break;
            case "terminated":
                w.write(LEVEL_2, "State:\tTerminated\n");
                if (!status.stateReason().isEmpty()) {
                    w.write(LEVEL_3, "Reason:\t" + status.stateReason() + "\n");
                }
                break;
            default:
                w.write(LEVEL_2, "State:\tWaiting\n");
                if (!status.stateReason().isEmpty()) {
                    w.write(LEVEL_3, "Reason:\t" + status.stateReason() + "\n");
                }
                break;
        }
    }

    private static void probe(DescribeWriter w, String title, Probe p) {
        if (p != null) {
            w.write(LEVEL_2, title + ":\t" + describeProbe(p) + "\n");
        }
    }

    /** DescribeProbe. */
    static String describeProbe(Probe p) {
        String attrs = "delay=" + p.initialDelaySeconds() + "s timeout=" + p.timeoutSeconds() + "s period="
                + p.periodSeconds() + "s #success=" + p.successThreshold() + " #failure=" + p.failureThreshold();
        if (p.exec() != null) {
            // Go's %v of a []string: [a b c].
            return "exec [" + String.join(" ", p.exec().command()) + "] " + attrs;
        }
        if (p.httpGet() != null) {
            return "http-get " + httpUrl(p.httpGet()) + " " + attrs;
        }
        if (p.tcpSocket() != null) {
            return "tcp-socket " + p.tcpSocket().host() + ":" + p.tcpSocket().port() + " " + attrs;
        }
        if (p.grpc() != null) {
            String service = p.grpc().service() == null ? "" : p.grpc().service();
            return "grpc <pod>:" + p.grpc().port() + " " + service + " " + attrs;
        }
        return "unknown " + attrs;
    }

    /** The URL net/url prints for scheme://host:port/path (the scheme is defaulted to HTTP). */
    private static String httpUrl(Probe.HttpGet get) {
        String scheme = get.scheme().isEmpty() ? "http" : get.scheme().toLowerCase(Locale.ROOT);
        IntOrString port = get.port();
        String host = EndpointLists.joinHostPortText(get.host(), port.toString());
        String path = get.path();
        if (!path.isEmpty() && !path.startsWith("/")) {
            path = "/" + path;
        }
        return scheme + "://" + host + path;
    }
}
