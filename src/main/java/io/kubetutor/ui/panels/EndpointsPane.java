package io.kubetutor.ui.panels;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.EndpointGroup;
import io.kubetutor.ui.panels.model.EndpointRow;
import io.kubetutor.ui.panels.model.EndpointRows;
import io.kubetutor.ui.panels.model.EndpointState;
import io.kubetutor.ui.panels.model.RowDiff;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * Every Service's Endpoints as a live table grouped by Service: state (symbol and colour), pod,
 * node, address and port name. New and changed rows flash; removed rows fade out before they go.
 * The rows come from {@link EndpointRows}; this class only draws them.
 */
public final class EndpointsPane extends BorderPane {
    static final String STYLESHEET = "/io/kubetutor/ui/css/panels.css";

    private Messages messages;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label();
    private final CheckBox showSystem = new CheckBox();
    private final Label colPod = new Label();
    private final Label colNode = new Label();
    private final Label colAddress = new Label();
    private final HBox legend = new HBox();
    /** What the last state showed; null before the first. */
    private List<EndpointGroup> current;
    /** The drawn rows by key, kept across updates so a running flash or fade goes on. */
    private final Map<String, EndpointRowView> views = new HashMap<>();
    /** Rows fading out, with the group they were in, until their fade ends. */
    private final Map<String, EndpointGroup> leaving = new LinkedHashMap<>();

    public EndpointsPane(Messages messages) {
        this.messages = messages;
        getStyleClass().addAll("kt-panel", "endpoints-pane");
        getStylesheets().add(EndpointsPane.class.getResource(STYLESHEET).toExternalForm());

        showSystem.setId("endpoints-show-system");
        showSystem.setSelected(false);
        showSystem.selectedProperty().addListener((o, a, b) -> layoutRows());
        HBox bar = new HBox(showSystem);
        bar.getStyleClass().add("panel-bar");
        setTop(bar);

        grid.getStyleClass().add("endpoints-grid");
        grid.setHgap(8);
        ColumnConstraints state = new ColumnConstraints();
        state.setMinWidth(28);
        ColumnConstraints pod = new ColumnConstraints();
        pod.setHgrow(Priority.ALWAYS);
        pod.setMinWidth(60);
        ColumnConstraints node = new ColumnConstraints();
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints address = new ColumnConstraints();
        address.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(state, pod, node, address);
        for (Label l : List.of(colPod, colNode, colAddress)) {
            l.getStyleClass().add("endpoints-colhead");
        }

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty.setId("endpoints-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.setMaxHeight(Double.MAX_VALUE);
        setCenter(new StackPane(scroll, empty));

        legend.getStyleClass().add("endpoints-legend");
        setBottom(legend);
        setMessages(messages);
        layoutRows();
    }

    /** Re-labels everything in {@code m}'s language, keeping what is on screen. */
    public void setMessages(Messages m) {
        this.messages = m;
        showSystem.setText(m.text("panels.endpoints.showSystem"));
        showSystem.setTooltip(new Tooltip(m.text("panels.endpoints.showSystem.tip")));
        colPod.setText(m.text("panels.endpoints.col.pod"));
        colNode.setText(m.text("panels.endpoints.col.node"));
        colAddress.setText(m.text("panels.endpoints.col.address"));
        empty.setText(m.text("panels.endpoints.empty"));
        legend.getChildren().clear();
        for (EndpointState s : EndpointState.values()) {
            Label sym = EndpointRowView.stateLabel(s, m);
            Label word = new Label(m.text("panels.endpoints.state." + s.name()));
            HBox item = new HBox(4, sym, word);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        views.values().forEach(v -> v.relabel(m));
        headers.clear();
        layoutRows();
        headersIn = m;
    }

    /** The words the cached group headers were made in. */
    private Messages headersIn;

    /** Shows whether the cluster's own Services (kube-system, default/kubernetes) are listed. */
    public void setShowSystem(boolean show) {
        showSystem.setSelected(show);
    }

    public boolean showsSystem() {
        return showSystem.isSelected();
    }

    /** Takes the Endpoints of a new state; rows that are new or changed flash, removed ones fade out. */
    public void show(SessionState s) {
        List<EndpointGroup> now = EndpointRows.of(s.snapshot());
        if (now.equals(current)) {
            return;
        }
        RowDiff diff = current == null ? null : EndpointRows.diff(current, now);
        Map<String, EndpointRow> rows = EndpointRows.rows(now);
        for (EndpointRow r : rows.values()) {
            EndpointRowView v = views.get(r.key());
            if (v == null || leaving.containsKey(r.key())) {
                if (v != null) {
                    v.stopFade();
                }
                leaving.remove(r.key());
                v = new EndpointRowView(r, messages);
                views.put(r.key(), v);
            } else {
                v.update(r, messages);
            }
            if (diff != null && (diff.added().contains(r.key()) || diff.changed().contains(r.key()))) {
                v.flash();
            }
        }
        if (diff != null) {
            Map<String, EndpointGroup> oldGroups = new HashMap<>();
            for (EndpointGroup g : current) {
                oldGroups.put(g.key(), g);
            }
            for (String key : diff.removed()) {
                EndpointRowView v = views.get(key);
                if (v != null) {
                    leaving.put(key, oldGroups.get(v.row().serviceKey()));
                    v.fadeOut(() -> {
                        leaving.remove(key);
                        views.remove(key);
                        layoutRows();
                    });
                }
            }
        } else {
            views.keySet().retainAll(rows.keySet());
        }
        current = now;
        layoutRows();
    }

    /** Places groups and rows in the grid, leaving rows in their old groups, in address order. */
    private void layoutRows() {
        List<EndpointGroup> groups = new ArrayList<>(current == null ? List.of() : current);
        for (EndpointGroup g : leaving.values()) {
            if (g != null && groups.stream().noneMatch(x -> x.key().equals(g.key()))) {
                groups.add(g);
            }
        }
        List<Node> children = new ArrayList<>();
        int row = 0;
        boolean any = false;
        addCell(children, colPod, 1, row);
        addCell(children, colNode, 2, row);
        addCell(children, colAddress, 3, row);
        row++;
        for (EndpointGroup g : groups) {
            if (g.system() && !showSystem.isSelected()) {
                continue;
            }
            any = true;
            Node header = header(g);
            GridPane.setColumnSpan(header, 4);
            addCell(children, header, 0, row++);
            List<EndpointRowView> shown = new ArrayList<>();
            for (EndpointRowView v : views.values()) {
                if (v.row().serviceKey().equals(g.key())) {
                    shown.add(v);
                }
            }
            shown.sort((a, b) -> EndpointRows.ROW_ORDER.compare(a.row(), b.row()));
            if (shown.isEmpty() && g.empty() != null) {
                Label none = new Label(messages.format("panels.endpoints.noEndpoints." + g.empty().name(), g.detail()));
                none.getStyleClass().add("endpoints-none");
                none.setWrapText(true);
                GridPane.setColumnSpan(none, 4);
                addCell(children, none, 0, row++);
            }
            for (EndpointRowView v : shown) {
                v.place(children, row++);
            }
        }
        // Only what changed enters or leaves the grid: a node added to the scene has its CSS
        // matched again, and re-adding every row on each change cost tens of milliseconds.
        java.util.Set<Node> wanted = new java.util.HashSet<>(children);
        grid.getChildren().removeIf(n -> !wanted.contains(n));
        java.util.Set<Node> present = new java.util.HashSet<>(grid.getChildren());
        for (Node n : children) {
            if (!present.contains(n)) {
                grid.getChildren().add(n);
            }
        }
        headers.keySet().retainAll(groups.stream().map(EndpointGroup::key).toList());
        empty.setVisible(!any);
        grid.setVisible(any);
    }

    /** A group's header, made again only when the group or the language changed. */
    private Node header(EndpointGroup g) {
        Map.Entry<EndpointGroup, Node> shown = headers.get(g.key());
        if (shown != null && shown.getKey().equals(g) && headersIn == messages) {
            return shown.getValue();
        }
        Node header = EndpointRowView.groupHeader(g, messages);
        headers.put(g.key(), Map.entry(g, header));
        return header;
    }

    private final Map<String, Map.Entry<EndpointGroup, Node>> headers = new HashMap<>();

    static void addCell(List<Node> children, Node n, int col, int row) {
        GridPane.setConstraints(n, col, row);
        GridPane.setHalignment(n, HPos.LEFT);
        GridPane.setValignment(n, VPos.CENTER);
        children.add(n);
    }

    /** The row views drawn now, by key (for tests: a row's style classes tell whether it flashes). */
    Map<String, EndpointRowView> rowViews() {
        return views;
    }
}
