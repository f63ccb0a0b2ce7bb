package io.kubetutor.kubectl.exec;

import io.kubetutor.model.Container;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.sim.Cluster;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The cluster's side of an exec: the API server's checks (pkg/registry/core/pod/strategy.go
 * ExecLocation: the container must be the pod's, the pod must be on a node), the kubelet's (the
 * container must be running), then the program, run in the container by the tutor's toolbox.
 * Exec takes no virtual time: the cluster's clock belongs to whoever drives the simulation, and the
 * programs' texts still say how long they waited.
 */
public final class PodExec {
    private PodExec() {
    }

    /** Runs the request on {@code cluster}; {@code serial} makes each exec's id distinct. */
    public static ExecResult run(Cluster cluster, ExecRequest r, long serial) {
        Optional<Pod> found = cluster.get(Pod.class, r.namespace(), r.pod());
        if (found.isEmpty()) {
            return ExecResult.failed("Error from server (NotFound): pods " + GoValues.quote(r.pod()) + " not found");
        }
        Pod pod = found.get();
        String name = r.container();
        if (name.isEmpty()) {
            if (pod.spec().containers().size() != 1) {
                return badRequest(chooseOne(pod));
            }
            name = pod.spec().containers().get(0).name();
        } else if (declared(pod, name) == null) {
            return badRequest("container " + name + " is not valid for pod " + r.pod());
        }
        if (pod.spec().nodeName().isEmpty()) {
            return badRequest("pod " + r.pod() + " does not have a host assigned");
        }
        if (!running(pod, name)) {
            // kubelet GetExec finds only running containers; the failed upgrade is all kubectl sees.
            return ExecResult.failed("error: unable to upgrade connection: container not found ("
                    + GoValues.quote(name) + ")");
        }
        InPod where = new InPod(pod, declared(pod, name), cluster.networkState(), cluster.dataPlane(), r.tty());
        try {
            return Programs.run(where, r.command(), execId(pod, name, serial));
        } catch (Unsimulated e) {
            return ExecResult.failed(e.text());
        }
    }

    private static ExecResult badRequest(String message) {
        return ExecResult.failed("Error from server (BadRequest): " + message);
    }

    /** The API server's message when a pod of several containers gets an exec naming none. */
    private static String chooseOne(Pod pod) {
        String text = "a container name must be specified for pod " + pod.metadata().name() + ", choose one of: ["
                + names(pod.spec().containers()) + "]";
        if (!pod.spec().initContainers().isEmpty()) {
            text += " or one of the init containers: [" + names(pod.spec().initContainers()) + "]";
        }
        return text;
    }

    private static String names(List<Container> containers) {
        List<String> n = new ArrayList<>();
        containers.forEach(c -> n.add(c.name()));
        return String.join(" ", n);
    }

    /** The container of that name among the pod's containers and init containers, or null. */
    private static Container declared(Pod pod, String name) {
        for (Container c : pod.spec().containers()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        for (Container c : pod.spec().initContainers()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static boolean running(Pod pod, String container) {
        for (PodStatus.ContainerStatus s : pod.status().containerStatuses()) {
            if (s.name().equals(container) && s.state().equals("running")) {
                return true;
            }
        }
        return false;
    }

    /** containerd's exec ids are 32 random bytes in hex; here a digest of the pod, container and serial. */
    static String execId(Pod pod, String container, long serial) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((pod.metadata().uid() + "/" + container + "/" + serial)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
