package io.kubetutor.ui.panels;

import io.kubetutor.sim.net.HostPort;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.DetailField;
import io.kubetutor.ui.panels.model.PacketChange;
import io.kubetutor.ui.panels.model.PacketDetails;
import io.kubetutor.session.HopRef;
import io.kubetutor.session.SessionState;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The selected hop's packet: where it is, what happens, its addresses before and after (the
 * rewritten half highlighted), kube-proxy's decision and the reason in full; or, for a whole
 * request, how it ended, the pod, the source it saw, the app's reply. Fields come from
 * {@link PacketDetails}. Until something is selected it shows the latest request.
 */
public final class PacketDetailsPane extends BorderPane {
    private Messages messages;
    private final GridPane grid = new GridPane();
    private final Label none = new Label();
    private HopRef ref;
    private boolean picked;
    /** Labels above their values: a narrow panel gives the values the whole width. */
    private boolean stacked;
    static final double STACK_BELOW = 460;

    public PacketDetailsPane(Messages messages) {
        this.messages = messages;
        getStyleClass().addAll("kt-panel", "packet-details");
        getStylesheets().add(PacketDetailsPane.class.getResource(EndpointsPane.STYLESHEET).toExternalForm());
        grid.getStyleClass().add("details-grid");
        widthProperty().addListener((o, a, w) -> {
            if ((w.doubleValue() < STACK_BELOW) != stacked) {
                redraw();
            }
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        none.setId("packet-details-none");
        setMessages(messages);
    }

    public void setMessages(Messages m) {
        this.messages = m;
        none.setText(m.text("panels.details.none"));
        redraw();
    }

    /** Until the user picks something, shows the newest request of each state. */
    public void show(SessionState s) {
        if (!picked && !s.newTraces().isEmpty()) {
            ref = new HopRef(s.newTraces().get(s.newTraces().size() - 1), -1);
            redraw();
        }
    }

    /** Shows one hop (or, hop -1, the whole request). */
    public void show(HopRef r) {
        this.ref = r;
        this.picked = r != null;
        redraw();
    }

    /** What is shown now, or null. */
    public HopRef shown() {
        return ref;
    }

    /** Empties the panel until a hop is selected again. */
    public void clear() {
        show((HopRef) null);
    }

    private void redraw() {
        grid.getChildren().clear();
        if (ref == null) {
            setCenter(none);
            return;
        }
        if (getCenter() == none) {
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            setCenter(scroll);
        }
        stacked = getWidth() > 0 && getWidth() < STACK_BELOW;
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(stacked ? 0 : Region.USE_PREF_SIZE);
        labels.setMaxWidth(stacked ? Double.MAX_VALUE : 160);
        labels.setHgrow(stacked ? Priority.ALWAYS : Priority.NEVER);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(stacked ? List.of(labels) : List.of(labels, values));
        grid.setVgap(stacked ? 2 : 8);
        List<DetailField> fields = PacketDetails.of(ref, messages);
        int row = 0;
        for (DetailField f : fields) {
            Label name = new Label(messages.text(f.labelKey()));
            name.getStyleClass().add("details-label");
            name.setWrapText(true);
            Node value = value(f);
            value.setId("packet-details-" + f.labelKey().substring(f.labelKey().lastIndexOf('.') + 1));
            GridPane.setValignment(name, VPos.TOP);
            if (stacked) {
                if (row > 0) {
                    name.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
                }
                grid.add(name, 0, row++);
                grid.add(value, 0, row++);
            } else {
                grid.add(name, 0, row);
                grid.add(value, 1, row++);
            }
        }
    }

    private Node value(DetailField f) {
        if (f.style() == DetailField.Style.PACKET) {
            return packet(f.change());
        }
        Label l = new Label(f.value());
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add("details-value");
        if (f.style() == DetailField.Style.CODE) {
            l.getStyleClass().add("code");
        }
        return l;
    }

    /**
     * Source and destination, one row each; a rewritten one shows the old address struck through
     * and the new one under it in the accent colour.
     */
    private Node packet(PacketChange c) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(2);
        g.getStyleClass().add("packet-line");
        address(g, 0, "panels.details.src", c.beforeSrc(), c.afterSrc(), c.srcChanged());
        address(g, 1, "panels.details.dst", c.beforeDst(), c.afterDst(), c.dstChanged());
        return g;
    }

    private void address(GridPane g, int row, String key, HostPort before, HostPort after, boolean changed) {
        Label tag = new Label(messages.text(key));
        tag.getStyleClass().add("muted");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(tag, VPos.TOP);
        TextFlow flow = new TextFlow();
        if (changed) {
            Text old = new Text(before.toString());
            old.getStyleClass().addAll("code", "packet-before");
            Text now = new Text("\n→ " + after);
            now.getStyleClass().addAll("code", "packet-changed");
            flow.getChildren().addAll(old, now);
        } else {
            Text t = new Text(after.toString());
            t.getStyleClass().addAll("code", "packet-same");
            flow.getChildren().add(t);
        }
        flow.getStyleClass().add(changed ? "packet-rewritten" : "packet-kept");
        flow.setId(key.endsWith("src") ? "packet-src" : "packet-dst");
        g.add(tag, 0, row);
        g.add(flow, 1, row);
    }

    /** The text of the value shown for {@code labelKey} (without the "panels.details." prefix), for tests. */
    String valueText(String name) {
        Node n = grid.lookup("#packet-details-" + name);
        if (n instanceof Label l) {
            return l.getText();
        }
        StringBuilder b = new StringBuilder();
        if (n instanceof GridPane g) {
            for (Node cell : g.getChildren()) {
                if (cell instanceof Label l) {
                    b.append(l.getText()).append(' ');
                } else if (cell instanceof TextFlow flow) {
                    flow.getChildren().forEach(t -> b.append(((Text) t).getText()));
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    /** The trace shown, for tests. */
    Trace trace() {
        return ref == null ? null : ref.trace();
    }
}
