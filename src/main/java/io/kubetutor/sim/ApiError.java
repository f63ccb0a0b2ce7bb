package io.kubetutor.sim;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.Maps;
import java.util.List;

/** Why the simulated API server (or kubectl itself) refused an object. */
sealed interface ApiError {

    /** 422 Invalid with its causes, in the server's order. */
    record Invalid(List<FieldError> causes) implements ApiError {
        public Invalid {
            causes = Maps.list(causes);
        }
    }

    /**
     * Any other server status: {@code reason} as kubectl shows it in parentheses (NotFound,
     * InternalError; "" for StatusReasonUnknown) and the status message. {@code fieldPath} only
     * places the diagnostic in the source.
     */
    record ServerStatus(String reason, String message, String fieldPath) implements ApiError {
    }

    /** An error kubectl raises before talking to the server; message without the "error: " prefix. */
    record ClientError(String message) implements ApiError {
    }

    static ServerStatus internal(String message, String fieldPath) {
        return new ServerStatus("InternalError", "Internal error occurred: " + message, fieldPath);
    }

    static Invalid invalid(FieldError... causes) {
        return new Invalid(List.of(causes));
    }
}
