package io.kubetutor.kubectl.exec;

/**
 * How an exec ended. Either the program ran: what it wrote to stdout and stderr, its exit status,
 * and whether it was interrupted (it would have waited forever, so the learner pressed Ctrl-C); or
 * the request failed before anything ran, and {@code failure} is the whole text kubectl prints for
 * it ({@code Error from server (BadRequest): ...}, {@code error: ...}), exit status 1.
 */
public record ExecResult(String stdout, String stderr, int exitCode, boolean interrupted, String failure) {
    public ExecResult {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public static ExecResult ran(String stdout, String stderr, int exitCode) {
        return new ExecResult(stdout, stderr, exitCode, false, null);
    }

    /** The program was still waiting; Ctrl-C ended it (a shell reports 128 + SIGINT). */
    public static ExecResult interrupted(String stdout, String stderr) {
        return new ExecResult(stdout, stderr, 130, true, null);
    }

    public static ExecResult failed(String kubectlText) {
        return new ExecResult("", "", 1, false, kubectlText);
    }

    public boolean ran() {
        return failure == null;
    }
}
