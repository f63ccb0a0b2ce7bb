package io.kubetutor.sim.net;

/**
 * What the kubelet knows about the app in a pod at one moment, as far as traffic cares: whether a
 * container is running (so something can hold a socket), and whether the app answers (the switch a
 * lesson flips to make it hang). A pod without containers running refuses nothing and answers
 * nothing: its address has no process behind it.
 */
public record PodApp(boolean running, boolean answers) {
    public static final PodApp NOT_RUNNING = new PodApp(false, false);
    public static final PodApp SERVING = new PodApp(true, true);
}
