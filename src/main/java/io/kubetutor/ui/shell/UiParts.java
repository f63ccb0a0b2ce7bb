package io.kubetutor.ui.shell;

import io.kubetutor.ui.console.KubectlConsole;
import io.kubetutor.ui.editor.YamlEditor;
import io.kubetutor.ui.packets.PacketLayer;
import io.kubetutor.ui.packets.PlaybackBar;
import io.kubetutor.ui.panels.BurstChart;
import io.kubetutor.ui.panels.EndpointsPane;
import io.kubetutor.ui.panels.EventLogPane;
import io.kubetutor.ui.panels.PacketDetailsPane;
import io.kubetutor.ui.panels.WhyThisPodPane;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.session.Session;
import io.kubetutor.ui.topology.TopologyView;
import io.kubetutor.ui.traffic.TrafficControls;

/**
 * The parts of one window, made once and wired by {@link MainWindow}: held together so the menu,
 * the actions and the frame driver can reach the part they act on.
 */
public record UiParts(Session session, StateDispatcher dispatcher, PlaybackClock clock, Playback playback,
                      YamlEditor editor, TopologyView topology, PacketLayer packets, PlaybackBar playbackBar,
                      TrafficControls traffic, EndpointsPane endpoints, EventLogPane eventLog,
                      PacketDetailsPane details, WhyThisPodPane whyThisPod, BurstChart burstChart,
                      KubectlConsole console) {
}
