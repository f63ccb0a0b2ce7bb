package io.kubetutor.ui.shell;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.ui.actions.ManifestVariants;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.packets.PacketLayer;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.topology.TopologyView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * Compare mode: the question a learner actually asks is "what changes if I flip this field?".
 * The topology splits in two: A is the editor's text as written, B the same text with one field
 * flipped (externalTrafficPolicy, sessionAffinity, or kube-proxy's mode). B is a second cluster
 * with the same seed; every request, burst and tick of time goes to both, so their packets play
 * in step side by side.
 */
final class ComparePane {
    private final MainWindow window;
    private final UiParts parts;
    private final StackPane centre = new StackPane();
    private final BorderPane sideA = new BorderPane();
    private final BorderPane sideB = new BorderPane();
    private final Label headerA = new Label();
    private final Label headerB = new Label();
    private final ChoiceBox<ManifestVariants.Flip> flip = new ChoiceBox<>();
    private final ToggleButton toggle = new ToggleButton();
    private final SplitPane split = new SplitPane();
    private Session sessionB;
    private StateDispatcher dispatcherB;
    private TopologyView topologyB;
    private PacketLayer packetsB;
    private Playback playbackB;
    private String text = "";
    private boolean active;
    /** A's virtual time in the last A state seen, -1 before the first: B's time follows A's. */
    private long lastNowA = -1;
    /** Time the frame driver already gave B that A's states have not yet shown A receiving. */
    private long prepaidB;

    ComparePane(MainWindow window, UiParts parts) {
        this.window = window;
        this.parts = parts;
        centre.getChildren().add(parts.topology());
        flip.getItems().setAll(ManifestVariants.Flip.values());
        flip.setValue(ManifestVariants.Flip.EXTERNAL_TRAFFIC_POLICY);
        flip.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ManifestVariants.Flip f) {
                return f == null ? "" : flipName(f);
            }

            @Override
            public ManifestVariants.Flip fromString(String s) {
                return null;
            }
        });
        flip.valueProperty().addListener((o, was, now) -> rebuildB(true));
        toggle.setOnAction(e -> window.setCompare(toggle.isSelected()));
        toggle.setId("compare-toggle");
        headerA.getStyleClass().add("compare-header");
        headerB.getStyleClass().add("compare-header");
        // The chooser above, the flipped field below it, wrapping rather than cut to "…" in a
        // narrow centre; A's bar grows with B's so both drawings start at the same height.
        javafx.scene.layout.VBox barB = new javafx.scene.layout.VBox(4, flip, headerB);
        barB.setAlignment(Pos.CENTER_LEFT);
        barB.setFillWidth(true);
        headerB.setWrapText(true);
        headerB.setMaxWidth(Double.MAX_VALUE);
        barB.setPadding(new Insets(4, 8, 4, 8));
        HBox barA = new HBox(10, headerA);
        barA.setPadding(new Insets(4, 8, 4, 8));
        barA.setAlignment(Pos.CENTER_LEFT);
        barA.minHeightProperty().bind(barB.heightProperty());
        sideA.setTop(barA);
        sideB.setTop(barB);
        split.getItems().setAll(sideA, sideB);
        parts.dispatcher().addView(this::followA);
        relabel();
    }

    Node node() {
        return centre;
    }

    Node toggle() {
        return toggle;
    }

    boolean active() {
        return active;
    }

    void setActive(boolean on) {
        if (on == active) {
            return;
        }
        active = on;
        toggle.setSelected(on);
        if (on) {
            centre.getChildren().clear();
            sideA.setCenter(parts.topology());
            centre.getChildren().add(split);
            rebuildB(true);
        } else {
            closeB();
            sideA.setCenter(null);
            centre.getChildren().setAll(parts.topology());
        }
        relabel();
    }

    /**
     * B starts afresh whenever the flip or the cluster changes: a new cluster with the same seed,
     * brought to A's time ({@code catchUp}) unless A itself starts again from zero (a reset).
     */
    private void rebuildB(boolean catchUp) {
        if (!active) {
            return;
        }
        closeB();
        SideB v = variant();
        dispatcherB = new StateDispatcher();
        topologyB = new TopologyView(window.messages());
        packetsB = new PacketLayer(window.messages());
        topologyB.packetLayer().getChildren().add(packetsB);
        playbackB = new Playback(parts.clock(), topologyB.locator());
        dispatcherB.addView(topologyB::show);
        dispatcherB.addView(this::showB);
        sessionB = new Session(v.topology(), MainWindow.SEED, dispatcherB);
        sessionB.applyText(v.text());
        prepaidB = 0;
        if (catchUp && lastNowA > 0) {
            // Built when A's pods have long been running: without this B's would still be starting.
            sessionB.advanceBy(lastNowA);
        }
        sideB.setCenter(topologyB);
        relabel();
    }

    /** What B runs: the text and topology with the chosen flip, and words for its header. */
    private record SideB(String text, ClusterTopology topology, String description) {
    }

    private SideB variant() {
        ClusterTopology t = window.topology();
        java.util.Optional<? extends ManifestVariants.Variant> v = switch (flip.getValue()) {
            case EXTERNAL_TRAFFIC_POLICY -> ManifestVariants.externalTrafficPolicy(text);
            case SESSION_AFFINITY -> ManifestVariants.sessionAffinity(text);
            case PROXY_MODE -> java.util.Optional.of(ManifestVariants.proxyMode(t));
        };
        if (v.isEmpty()) {
            return new SideB(text, t, window.messages().format("shell.compare.nothing", flipName(flip.getValue())));
        }
        StringBuilder words = new StringBuilder();
        for (ManifestVariants.Change c : v.get().changes()) {
            if (words.length() > 0) {
                words.append(", ");
            }
            words.append(c.field()).append(": ").append(c.from()).append(" → ").append(c.to());
            if (words.length() > 90) {
                words.append(" …");
                break;
            }
        }
        if (v.get() instanceof ManifestVariants.TextVariant tv) {
            return new SideB(tv.text(), t, words.toString());
        }
        return new SideB(text, ((ManifestVariants.TopologyVariant) v.get()).topology(), words.toString());
    }

    static String flipName(ManifestVariants.Flip f) {
        return switch (f) {
            case EXTERNAL_TRAFFIC_POLICY -> "externalTrafficPolicy";
            case SESSION_AFFINITY -> "sessionAffinity";
            case PROXY_MODE -> "kube-proxy mode";
        };
    }

    private void showB(SessionState s) {
        if (!s.newTraces().isEmpty()) {
            playbackB.enqueue(s.newTraces());
        }
        packetsB.showPins(s.pins(), Tethers.clientByIp(s, topologyB.locator()),
                Tethers.podByName(s, topologyB.locator()));
        packetsB.showKeptAlive(s.keptAlive(), topologyB.locator());
    }

    void applyText(String newText) {
        text = newText;
        if (sessionB != null) {
            sessionB.applyText(variant().text());
            relabel();
        }
    }

    /** After the cluster settings changed: B starts again on the window's new topology. */
    void reset() {
        rebuildB(false);
    }

    void send(String from, String to, RequestKind kind, int count) {
        if (sessionB != null) {
            sessionB.send(from, to, kind, count);
        }
    }

    void burst(String from, String to, RequestKind kind, int count, boolean spread) {
        if (sessionB != null) {
            sessionB.burst(from, to, kind, count, spread);
        }
    }

    void closeConnections() {
        if (sessionB != null) {
            sessionB.closeConnections();
        }
    }

    /** The frame driver's share of time, given to B in the same frame as to A. */
    void advanceBy(long ms) {
        if (sessionB != null) {
            sessionB.advanceBy(ms);
            prepaidB += ms;
        }
    }

    /**
     * Keeps B's clock level with A's whatever moved A's: the menu's "advance 1 minute", a lesson,
     * kubectl. Only forward steps count, so A starting again from zero (a reset) takes none from B.
     */
    private void followA(SessionState a) {
        long step = lastNowA < 0 ? 0 : a.now() - lastNowA;
        lastNowA = a.now();
        if (sessionB == null || step <= 0) {
            return;
        }
        long owed = step - prepaidB;
        prepaidB = Math.max(0, prepaidB - step);
        if (owed > 0) {
            sessionB.advanceBy(owed);
        }
    }

    /** Plays B's packets on the same virtual time as A's. */
    void frame(long virtualMs) {
        if (sessionB != null && playbackB != null) {
            playbackB.advance(virtualMs);
            packetsB.render(playbackB.frame(topologyB.locator()));
        }
    }

    void stepForward() {
        if (playbackB != null) {
            playbackB.stepForward();
        }
    }

    void stepBack() {
        if (playbackB != null) {
            playbackB.stepBack();
        }
    }

    void replay() {
        if (playbackB != null) {
            playbackB.replay();
        }
    }

    void setMessages(Messages m) {
        if (topologyB != null) {
            topologyB.setMessages(m);
        }
        relabel();
    }

    private void relabel() {
        Messages m = window.messages();
        toggle.setText(m.text("shell.compare.toggle"));
        headerA.setText(m.text("shell.compare.a"));
        if (active) {
            SideB v = variant();
            headerB.setText(m.format("shell.compare.b", v.description()));
        }
    }

    private void closeB() {
        if (sessionB != null) {
            sessionB.close();
            sessionB = null;
        }
        sideB.setCenter(null);
    }

    void close() {
        closeB();
    }
}
