package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.sim.AppBehaviour;
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
}
