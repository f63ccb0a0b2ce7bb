package io.kubetutor.ui.layout;

import io.kubetutor.model.KubeObject;
import io.kubetutor.session.SessionState;
import java.util.List;

/**
 * Whether a new state can change the drawing at all, answered in a pass of pointer comparisons:
 * the API server hands out the same object instances while they are unchanged, so a state that
 * only moved the clock or carried traces is recognised without building anything.
 */
public final class StateChange {
    private StateChange() {
    }

    public static boolean mayChangeDrawing(SessionState before, SessionState after) {
        if (before == null) {
            return true;
        }
        if (before.topology() != after.topology() && !before.topology().equals(after.topology())) {
            return true;
        }
        if (!before.nodes().equals(after.nodes())) {
            return true;
        }
        List<KubeObject> a = before.snapshot().objects();
        List<KubeObject> b = after.snapshot().objects();
        if (a == b) {
            return false;
        }
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return true;
            }
        }
        return false;
    }
}
