package io.kubetutor.kubectl;

/**
 * A failure that ends a command the way kubectl's CheckErr ends it: {@code text} is everything
 * written to stderr for it (without the final newline, which fatal() adds), and the exit status:
 * 1 for every error but a remote command's own exit status, which kubectl passes on.
 */
final class KubectlError extends Exception {
    private final String text;
    private final int exitCode;

    private KubectlError(String text, int exitCode) {
        super(text, null, false, false);
        this.text = text;
        this.exitCode = exitCode;
    }

    /** An error CheckErr does not recognise: printed with kubectl's {@code error: } prefix. */
    static KubectlError plain(String message) {
        return new KubectlError(message.startsWith("error: ") ? message : "error: " + message, 1);
    }

    /** A text printed as it is (server statuses, several errors on their own lines). */
    static KubectlError verbatim(String text) {
        return new KubectlError(text, 1);
    }

    /** cmdutil.UsageErrorf: the message, then where to find the command's help. */
    static KubectlError usage(String commandPath, String message) {
        return plain(message + "\nSee '" + commandPath + " -h' for help and examples");
    }

    /**
     * A utilexec.ExitError: CheckErr prints its text ("command terminated with exit code N") and
     * exits with the remote command's status; an empty text prints nothing (kubectl interrupted).
     */
    static KubectlError exitStatus(String text, int exitCode) {
        return new KubectlError(text, exitCode);
    }

    /** What kubectl writes to stderr, ending in a newline (nothing for an empty text). */
    String stderr() {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    int exitCode() {
        return exitCode;
    }
}
