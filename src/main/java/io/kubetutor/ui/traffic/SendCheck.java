package io.kubetutor.ui.traffic;

import io.kubetutor.sim.net.Target;
import java.util.List;
import java.util.Optional;

/**
 * Whether a request can be handed to the session as the controls hold it: someone to send it who
 * can send, and a target the tutor can parse. Checked before the callback, so a typo becomes a
 * message beside the field instead of an exception on the engine thread.
 */
public final class SendCheck {
    /** What is wrong, or NONE. */
    public enum Problem { NONE, NO_CLIENT, CLIENT_HAS_NO_IP, NO_TARGET, BAD_TARGET }

    private SendCheck() {
    }

    public static Problem check(List<ClientChoice> clients, String clientId, String target) {
        Optional<ClientChoice> client = clientId == null ? Optional.empty() : ClientChoices.find(clients, clientId);
        if (client.isEmpty()) {
            return Problem.NO_CLIENT;
        }
        if (!client.get().canSend()) {
            return Problem.CLIENT_HAS_NO_IP;
        }
        if (target == null || target.isBlank()) {
            return Problem.NO_TARGET;
        }
        try {
            Target.parse(target);
        } catch (IllegalArgumentException e) {
            return Problem.BAD_TARGET;
        }
        return Problem.NONE;
    }
}
