package io.kubetutor.sim;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.model.StatusErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One object kubectl apply could not create or update, and the text kubectl prints for it.
 * kubectl collects these and prints them after the other lines: a single error through checkErr
 * ({@code The Service "web" is invalid: ...}), several as one {@code Error from server (Reason): ...}
 * line each, where an Invalid error carries the status message
 * ({@code error when creating "FILE": Service "web" is invalid: [a, b]}).
 */
record ApplyFailure(KubeObject object, String file, boolean creating, ApiError error) {

    /** The text when this is the only error of the run. */
    String alone() {
        if (error instanceof ApiError.Invalid inv) {
            return StatusErrors.invalid(object.kind(), object.name(), inv.causes());
        }
        if (error instanceof ApiError.ServerStatus st) {
            return fromServer(st.reason(), sourced(st.message()));
        }
        String m = ((ApiError.ClientError) error).message();
        return m.startsWith("error: ") ? m : "error: " + m;
    }

    /** The line when kubectl prints several errors (MultipleErrors: StandardErrorMessage each). */
    String amongOthers() {
        if (error instanceof ApiError.Invalid inv) {
            if (!creating) {
                // The update path wraps the status message with the full JSON patch kubectl sent,
                // which the simulation cannot reproduce; the checkErr form is the closest true text.
                return alone();
            }
            String status = ResourceNames.qualifiedKind(object) + " \"" + object.name() + "\" is invalid: "
                    + aggregate(inv.causes());
            return fromServer("Invalid", sourced(status));
        }
        if (error instanceof ApiError.ServerStatus st) {
            return fromServer(st.reason(), sourced(st.message()));
        }
        return ((ApiError.ClientError) error).message();
    }

    /** The diagnostic at the first failing field, one detail per field error. */
    Diagnostic diagnostic() {
        Origin origin = object.origin();
        List<Diagnostic.Detail> details = new ArrayList<>();
        SourcePos pos;
        if (error instanceof ApiError.Invalid inv && !inv.causes().isEmpty()) {
            for (FieldError e : inv.causes()) {
                details.add(new Diagnostic.Detail(origin.locate(e.field()), e.field(), e.toString()));
            }
            pos = details.get(0).pos();
        } else if (error instanceof ApiError.ServerStatus st) {
            pos = origin.locate(st.fieldPath());
        } else {
            pos = origin.locate("metadata.name");
        }
        // The diagnostic's severity prints kubectl's "error: " prefix itself.
        String text = alone();
        text = text.startsWith("error: ") ? text.substring("error: ".length()) : text;
        return new Diagnostic(Severity.ERROR, file, pos, text, details);
    }

    private String sourced(String message) {
        // AddSourceToErr("creating", source, err); see amongOthers() for the update path.
        return creating && file != null ? "error when creating \"" + file + "\": " + message : message;
    }

    private static String fromServer(String reason, String message) {
        return reason.isEmpty() ? "Error from server: " + message : "Error from server (" + reason + "): " + message;
    }

    /** utilerrors.Aggregate: one message alone, several in brackets, duplicates dropped. */
    private static String aggregate(List<FieldError> causes) {
        Set<String> seen = new LinkedHashSet<>();
        for (FieldError e : causes) {
            seen.add(e.toString());
        }
        return seen.size() == 1 ? seen.iterator().next() : "[" + String.join(", ", seen) + "]";
    }
}
