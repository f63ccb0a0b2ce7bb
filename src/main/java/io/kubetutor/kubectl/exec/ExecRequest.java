package io.kubetutor.kubectl.exec;

import java.util.List;

/**
 * One {@code POST pods/NAME/exec} as kubectl sends it: the pod, the container (kubectl always names
 * one, "" lets the API server pick), the command's argv, and whether a terminal was allocated
 * ({@code -it} at a terminal: the runtime then sets TERM and the program writes both streams to it).
 */
public record ExecRequest(String namespace, String pod, String container, List<String> command, boolean tty) {
    public ExecRequest {
        container = container == null ? "" : container;
        command = List.copyOf(command);
    }
}
