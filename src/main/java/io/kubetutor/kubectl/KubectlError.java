package io.kubetutor.kubectl;

/**
 * A failure that ends a command the way kubectl's CheckErr ends it: {@code text} is everything
 * written to stderr for it (without the final newline, which fatal() adds), exit status 1.
 */
final class KubectlError extends Exception {
    private final String text;

    private KubectlError(String text) {
        super(text, null, false, false);
        this.text = text;
    }

    /** An error CheckErr does not recognise: printed with kubectl's {@code error: } prefix. */
    static KubectlError plain(String message) {
        return new KubectlError(message.startsWith("error: ") ? message : "error: " + message);
    }

    /** A text printed as it is (server statuses, several errors on their own lines). */
    static KubectlError verbatim(String text) {
        return new KubectlError(text);
    }

    /** cmdutil.UsageErrorf: the message, then where to find the command's help. */
    static KubectlError usage(String commandPath, String message) {
        return plain(message + "\nSee '" + commandPath + " -h' for help and examples");
    }

    /** What kubectl writes to stderr, ending in a newline. */
    String stderr() {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
