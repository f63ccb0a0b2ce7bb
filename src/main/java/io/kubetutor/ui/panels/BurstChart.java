package io.kubetutor.ui.panels;

import io.kubetutor.sim.net.Burst;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.BurstBars;
import io.kubetutor.session.SessionState;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * How a burst spread: a horizontal bar per pod (count and percentage, by pod name), a smaller group
 * per entry node, the outcomes as a legend line, and a note when the spread is uneven on purpose.
 * Plain regions and labels; the bars grow in briefly when a new burst arrives.
 */
public final class BurstChart extends BorderPane {
    static final Duration GROW = Duration.millis(600);

    private Messages messages;
    private final VBox box = new VBox();
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label none = new Label();
    /** 0 to 1: how far the bars have grown; every bar's width is its share times this. */
    private final DoubleProperty growth = new SimpleDoubleProperty(1);
    private Transition grow;
    private BurstBars bars;
    private String target;
    private long shownSeq = -1;

    public BurstChart(Messages messages) {
        this.messages = messages;
        getStyleClass().addAll("kt-panel", "burst-chart");
        getStylesheets().add(BurstChart.class.getResource(EndpointsPane.STYLESHEET).toExternalForm());
        box.getStyleClass().add("burst-box");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        none.setId("burst-none");
        setMessages(messages);
    }

    public void setMessages(Messages m) {
        this.messages = m;
        none.setText(m.text("panels.burst.none"));
        redraw();
    }

    /** Shows the state's burst when a new one arrived. */
    public void show(SessionState s) {
        if (s.burst() != null && s.burstSeq() != shownSeq) {
            shownSeq = s.burstSeq();
            show(s.burst());
        }
    }

    /** Shows {@code b}, growing the bars in. */
    public void show(Burst b) {
        bars = b == null ? null : BurstBars.of(b);
        target = b == null || b.traced().isEmpty() ? null : b.traced().get(0).to();
        redraw();
        if (bars != null) {
            if (grow != null) {
                grow.stop();
            }
            grow = new Transition() {
                {
                    setCycleDuration(GROW);
                    setInterpolator(Interpolator.EASE_OUT);
                }

                @Override
                protected void interpolate(double frac) {
                    growth.set(frac);
                }
            };
            growth.set(0);
            grow.play();
        }
    }

    /** The bars shown now, or null. */
    public BurstBars bars() {
        return bars;
    }

    private void redraw() {
        box.getChildren().clear();
        if (bars == null) {
            setCenter(none);
            return;
        }
        setCenter(scroll);
        Label title = new Label(target == null ? messages.format("panels.burst.titleNoTarget", bars.total())
                : messages.format("panels.burst.title", bars.total(), target));
        title.getStyleClass().add("burst-title");
        title.setWrapText(true);
        box.getChildren().add(title);
        box.getChildren().add(legend());
        // One grid for both groups, so pod and node bars start at the same place.
        GridPane grid = grid();
        int row = 0;
        if (!bars.pods().isEmpty()) {
            row = group(grid, row, "panels.burst.perPod", bars.pods(), "pod");
        }
        if (bars.uneven() != null) {
            String perNode = bars.podsPerNode().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            Label note = new Label(messages.format("panels.burst.uneven." + bars.uneven().name(), perNode));
            note.getStyleClass().add("burst-note");
            note.setWrapText(true);
            note.setMaxWidth(Double.MAX_VALUE);
            note.setId("burst-note");
            grid.add(note, 0, row++, 3, 1);
        }
        if (!bars.nodes().isEmpty()) {
            group(grid, row, "panels.burst.perNode", bars.nodes(), "node");
        }
        box.getChildren().add(grid);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setId("burst-grid");
        g.setHgap(8);
        g.setVgap(5);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(60);
        name.setMaxWidth(260);
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        track.setMinWidth(60);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setHalignment(javafx.geometry.HPos.RIGHT);
        g.getColumnConstraints().setAll(name, track, count);
        return g;
    }

    /**
     * A titled group of bars from {@code row} on: name, a track with the bar, count and percentage.
     * Style classes {@code burst-KIND-name}, {@code KIND-bar}, {@code burst-KIND-count}. Returns the next row.
     */
    private int group(GridPane g, int row, String titleKey, List<BurstBars.Bar> list, String kind) {
        Label title = new Label(messages.text(titleKey));
        title.getStyleClass().add("burst-group-title");
        g.add(title, 0, row++, 3, 1);
        for (BurstBars.Bar b : list) {
            Label label = new Label(b.label());
            label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            // Whole names while there is room; in a narrow panel the middle of the name gives way
            // (the random suffix that tells replicas apart stays), never overlapping the bar.
            label.setMinWidth(80);
            label.setTooltip(new Tooltip(b.label()));
            label.getStyleClass().add("burst-" + kind + "-name");
            Pane trackPane = new Pane();
            trackPane.getStyleClass().add("burst-track");
            Region bar = new Region();
            bar.getStyleClass().addAll("burst-bar", kind + "-bar");
            bar.prefWidthProperty().bind(trackPane.widthProperty().multiply(b.share()).multiply(growth));
            bar.prefHeightProperty().bind(trackPane.heightProperty());
            trackPane.getChildren().add(bar);
            Label counted = new Label(b.count() + " · " + b.percent() + "%");
            counted.getStyleClass().addAll("burst-count", "burst-" + kind + "-count");
            g.addRow(row++, label, trackPane, counted);
        }
        return row;
    }

    /** The outcomes as one line: "delivered: 290, connection refused: 10". */
    private FlowPane legend() {
        FlowPane line = new FlowPane(14, 4);
        line.getStyleClass().add("burst-legend");
        line.setId("burst-outcomes");
        for (Map.Entry<Outcome, Integer> e : bars.outcomes().entrySet()) {
            Label l = new Label((e.getKey() == Outcome.DELIVERED ? "✓ " : "✗ ")
                    + messages.text("panels.outcome." + e.getKey().name()) + ": " + e.getValue());
            l.getStyleClass().add(e.getKey() == Outcome.DELIVERED ? "outcome-ok" : "outcome-failed");
            line.getChildren().add(l);
        }
        return line;
    }
}
