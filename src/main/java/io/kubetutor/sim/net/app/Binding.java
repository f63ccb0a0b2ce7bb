package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.AppBehaviour;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether the app in a container accepts a TCP connection on the pod's IP at a port. The ports
 * come from {@link AppBehaviour#listeningPorts} (declared ports, else the image's well-known
 * port), except for images whose own flags choose the port ({@code hashicorp/http-echo -listen},
 * {@code traefik/whoami --port}, agnhost's {@code --http-port} / {@code --port}): those listen
 * where their flags say, whatever the manifest declares. Which address the app binds follows
 * {@link LoopbackRule}.
 */
public final class Binding {
    private Binding() {
    }

    /** LISTENING, NOT_LISTENING (the kernel answers RST) or LOOPBACK_ONLY for {@code port} on the pod IP. */
    public static Listen listen(Container c, int port) {
        if (!ports(c).contains(port)) {
            return Listen.NOT_LISTENING;
        }
        return LoopbackRule.loopbackOnly(c, port) ? Listen.LOOPBACK_ONLY : Listen.LISTENING;
    }

    /** The TCP ports the app in {@code c} has a listening socket on (empty when it exits at start). */
    public static Set<Integer> ports(Container c) {
        ImageRef image = ImageRef.parse(c.image());
        Args args = Args.of(c);
        Set<Integer> own = switch (ImageFamily.of(image)) {
            case HTTP_ECHO -> HttpEchoApp.ports(args, c, image);
            case WHOAMI -> WhoamiApp.ports(args, c);
            case AGNHOST -> AgnhostApp.ports(args);
            default -> null;
        };
        return own != null ? own : AppBehaviour.listeningPorts(c);
    }

    /**
     * The container of {@code pod} whose app has a socket on {@code port} (containers share the
     * pod's network namespace): the regular containers, then sidecars (init containers with
     * {@code restartPolicy: Always}); null when none does, so the kernel refuses.
     */
    public static Container listener(Pod pod, int port) {
        List<Container> running = new ArrayList<>(pod.spec().containers());
        for (Container init : pod.spec().initContainers()) {
            if ("Always".equals(init.restartPolicy())) {
                running.add(init);
            }
        }
        for (Container c : running) {
            if (ports(c).contains(port)) {
                return c;
            }
        }
        return null;
    }
}
