package io.kubetutor.sim;

/** Thrown inside the API server's write path when a request is refused; carries the API error. */
final class Refused extends Exception {
    private final transient ApiError error;

    Refused(ApiError error) {
        super(error.toString(), null, false, false);
        this.error = error;
    }

    ApiError error() {
        return error;
    }
}
