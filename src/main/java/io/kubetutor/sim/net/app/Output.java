package io.kubetutor.sim.net.app;

/** What a command printed and how it exited, as a terminal shows it. */
public record Output(String stdout, String stderr, int exitCode) {
    public Output {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }
}
