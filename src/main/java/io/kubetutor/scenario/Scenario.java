package io.kubetutor.scenario;

import io.kubetutor.model.ClusterTopology;
import java.util.Objects;

/**
 * One saved piece of work (docs/scenarios.md): the editor's manifests exactly as typed, the
 * cluster around them, how the playback was set and where the traffic bar was aimed.
 *
 * @param manifests the editor's text, verbatim (comments, blank lines and all)
 * @param cluster   the cluster the manifests run on
 * @param playback  the playback speed and whether system pods are drawn
 * @param traffic   the traffic bar's sender and target; empty strings when none was chosen
 */
public record Scenario(String manifests, ClusterTopology cluster, Playback playback, Traffic traffic) {
    public Scenario {
        manifests = manifests == null ? "" : manifests;
        cluster = cluster == null ? ClusterTopology.defaults() : cluster;
        playback = playback == null ? Playback.DEFAULT : playback;
        traffic = traffic == null ? Traffic.NONE : traffic;
    }

    /** How fast packets move (a multiple of real time) and whether kube-system's pods are drawn. */
    public record Playback(double speed, boolean showSystemPods) {
        public static final Playback DEFAULT = new Playback(1.0, true);
    }

    /** The traffic bar's sender (a client, node or NAMESPACE/POD) and target (a URL, IP:PORT or name). */
    public record Traffic(String from, String to) {
        public static final Traffic NONE = new Traffic("", "");

        public Traffic {
            from = Objects.requireNonNullElse(from, "").strip();
            to = Objects.requireNonNullElse(to, "").strip();
        }
    }
}
