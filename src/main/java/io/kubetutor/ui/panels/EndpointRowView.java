package io.kubetutor.ui.panels;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.EndpointGroup;
import io.kubetutor.ui.panels.model.EndpointRow;
import io.kubetutor.ui.panels.model.EndpointState;
import io.kubetutor.ui.theme.StyleClasses;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.Transition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The nodes of one endpoint row: a highlight layer behind the row (for the flash), the state
 * symbol, pod, node and address cells. Kept across updates so a flash or fade in progress goes on.
 */
final class EndpointRowView {
    static final String FLASHING = "flashing";
    static final String LEAVING = "leaving";
    static final Duration FLASH = Duration.millis(1200);
    static final Duration FADE = Duration.millis(700);

    private EndpointRow row;
    private final Region flashLayer = new Region();
    private final Label state = new Label();
    private final Label pod = new Label();
    private final Label node = new Label();
    private final Label address = new Label();
    private final Label portName = new Label();
    private final HBox addressCell = new HBox(6, address, portName);
    private FadeTransition flash;
    private Transition fade;

    EndpointRowView(EndpointRow row, Messages m) {
        flashLayer.getStyleClass().add("endpoint-flash-layer");
        flashLayer.setOpacity(0);
        flashLayer.setMouseTransparent(true);
        // Behind the row's cells whatever its place among the grid's children.
        flashLayer.setViewOrder(1);
        flashLayer.setMaxWidth(Double.MAX_VALUE);
        flashLayer.setMaxHeight(Double.MAX_VALUE);
        state.getStyleClass().addAll("endpoint-cell", "endpoint-state");
        pod.getStyleClass().addAll("endpoint-cell", "endpoint-pod");
        // The pod's random suffix tells replicas apart: cut the middle, not the end.
        pod.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        pod.setMinWidth(0);
        node.getStyleClass().addAll("endpoint-cell", "endpoint-node");
        address.getStyleClass().addAll("endpoint-cell", "endpoint-address", "code");
        portName.getStyleClass().addAll("endpoint-cell", "endpoint-port-name");
        addressCell.setAlignment(Pos.CENTER_LEFT);
        addressCell.setMinWidth(Region.USE_PREF_SIZE);
        update(row, m);
    }

    EndpointRow row() {
        return row;
    }

    void update(EndpointRow r, Messages m) {
        if (r.equals(row) && m == labelledIn) {
            return; // most rows are unchanged when another endpoint comes or goes
        }
        this.row = r;
        relabel(m);
    }

    /** The words the row was last labelled in. */
    private Messages labelledIn;

    void relabel(Messages m) {
        // Texts and tooltips are changed in place: a new Tooltip builds a popup window and scene,
        // and every row is relabelled whenever any endpoint changes.
        state.setText(symbol(row.state()));
        StyleClasses.replace(state, List.of("state-"), List.of(stateClass(row.state())));
        stateTip.setText(m.text("panels.endpoints.state." + row.state().name()));
        if (state.getTooltip() == null) {
            state.setTooltip(stateTip);
        }
        pod.setText(row.pod() == null ? m.text("panels.endpoints.noPod") : row.pod());
        StyleClasses.toggle(pod, "endpoint-nopod", row.pod() == null);
        if (row.pod() == null) {
            pod.setTooltip(null);
        } else {
            podTip.setText(row.pod());
            if (pod.getTooltip() == null) {
                pod.setTooltip(podTip);
            }
        }
        node.setText(row.node() == null ? "—" : row.node());
        address.setText(row.address());
        portName.setText(row.portName());
        portName.setVisible(!row.portName().isEmpty());
        portName.setManaged(!row.portName().isEmpty());
        labelledIn = m;
    }

    private final Tooltip stateTip = new Tooltip();
    private final Tooltip podTip = new Tooltip();

    private static String symbol(EndpointState s) {
        return switch (s) {
            case READY -> "✓";
            case NOT_READY -> "✗";
            case TERMINATING -> "⟳";
        };
    }

    private static String stateClass(EndpointState s) {
        return "state-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The symbol for a state, coloured, with its word as a tooltip (the legend spells it out too). */
    static Label stateLabel(EndpointState s, Messages m) {
        Label l = new Label(symbol(s));
        l.getStyleClass().addAll("endpoint-state", stateClass(s));
        l.setTooltip(new Tooltip(m.text("panels.endpoints.state." + s.name())));
        return l;
    }

    /** A Service's header: namespace/name with how many are ready, then type, cluster IP and ports. */
    static Node groupHeader(EndpointGroup g, Messages m) {
        Label name = new Label(g.key());
        name.getStyleClass().add("service-name");
        name.setMinWidth(0);
        long ready = g.rows().stream().filter(r -> r.state() == EndpointState.READY).count();
        Label count = new Label(m.format("panels.endpoints.readyCount", ready, g.rows().size()));
        count.getStyleClass().add("muted");
        count.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane line1 = new BorderPane();
        line1.setLeft(name);
        line1.setRight(g.rows().isEmpty() ? null : count);
        String ip = g.clusterIp().isEmpty() ? "" : " · " + g.clusterIp();
        Label spec = new Label(g.type() + ip + " · " + g.ports());
        spec.getStyleClass().addAll("service-spec", "code");
        spec.setWrapText(true);
        VBox box = new VBox(line1, spec);
        box.getStyleClass().add("endpoints-group");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setId("endpoints-group-" + g.key().replace('/', '-'));
        return box;
    }

    /** Adds this row's nodes to the grid at {@code gridRow}, the highlight first so it lies behind. */
    void place(List<Node> children, int gridRow) {
        GridPane.setColumnSpan(flashLayer, 4);
        EndpointsPane.addCell(children, flashLayer, 0, gridRow);
        EndpointsPane.addCell(children, state, 0, gridRow);
        EndpointsPane.addCell(children, pod, 1, gridRow);
        EndpointsPane.addCell(children, node, 2, gridRow);
        EndpointsPane.addCell(children, addressCell, 3, gridRow);
    }

    /** A brief highlight behind the row, fading over about a second. */
    void flash() {
        if (flash != null) {
            flash.stop();
        }
        for (Node n : cells()) {
            if (!n.getStyleClass().contains(FLASHING)) {
                n.getStyleClass().add(FLASHING);
            }
        }
        flash = new FadeTransition(FLASH, flashLayer);
        flash.setFromValue(1);
        flash.setToValue(0);
        flash.setOnFinished(e -> cells().forEach(n -> n.getStyleClass().remove(FLASHING)));
        flash.play();
    }

    /** Fades the whole row out, then calls {@code done} (which takes it off the grid). */
    void fadeOut(Runnable done) {
        cells().forEach(n -> {
            if (!n.getStyleClass().contains(LEAVING)) {
                n.getStyleClass().add(LEAVING);
            }
        });
        fade = new Transition() {
            {
                setCycleDuration(FADE);
            }

            @Override
            protected void interpolate(double frac) {
                for (Node n : List.of(state, pod, node, addressCell)) {
                    n.setOpacity(1 - frac);
                }
            }
        };
        fade.setOnFinished(e -> done.run());
        fade.play();
    }

    /** Called when a row that was fading out comes back (the same address under the same Service). */
    void stopFade() {
        if (fade != null) {
            fade.setOnFinished(null);
            fade.stop();
        }
    }

    List<Node> cells() {
        return List.of(flashLayer, state, pod, node, addressCell);
    }

    boolean flashing() {
        return state.getStyleClass().contains(FLASHING);
    }

    boolean leavingNow() {
        return state.getStyleClass().contains(LEAVING);
    }
}
