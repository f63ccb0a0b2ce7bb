package io.kubetutor.ui.panels;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.EventFilter;
import io.kubetutor.ui.panels.model.EventHistory;
import io.kubetutor.ui.panels.model.EventRow;
import io.kubetutor.ui.panels.model.EventRows;
import io.kubetutor.ui.panels.model.LogEntry;
import io.kubetutor.session.HopRef;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A Packet Tracer–style event log: cluster events and every traced request (a header with its hops
 * folded under it), filtered by text and type, bounded to {@link EventHistory#DEFAULT_MAX_ROWS}
 * rows, following the newest unless the user scrolled up. Clicking a request or a hop sets
 * {@link #selectedHopProperty()}; {@link #select(HopRef)} follows the playback without setting it.
 */
public final class EventLogPane extends BorderPane {
    private Messages messages;
    private final EventRows rowMaker = new EventRows();
    private final EventHistory history;
    private final TreeItem<EventRow> root = new TreeItem<>();
    private final TreeTableView<EventRow> table = new TreeTableView<>(root);
    private final EventLogColumns columns;
    private final TextField filterText = new TextField();
    private final ToggleButton cluster = new ToggleButton();
    private final ToggleButton traffic = new ToggleButton();
    private final ToggleButton drops = new ToggleButton();
    private final Button clear = new Button();
    private final Label empty = new Label();
    private final ObjectProperty<HopRef> selectedHop = new SimpleObjectProperty<>(this, "selectedHop");
    /** The drawn item of each displayed entry, to drop it with its entry. */
    private final Map<LogEntry, TreeItem<EventRow>> shown = new IdentityHashMap<>();
    /** The header item of each displayed request, to find a hop for {@link #select}. */
    private final Map<Trace, TreeItem<EventRow>> requests = new IdentityHashMap<>();
    /** Where each pod runs, remembered after the pod is gone so its last events still name the node. */
    private final Map<String, String> podNodes = new HashMap<>();
    private boolean selecting;

    public EventLogPane(Messages messages) {
        this(messages, EventHistory.DEFAULT_MAX_ROWS);
    }

    /** A log keeping at most {@code maxRows} rows. */
    public EventLogPane(Messages messages, int maxRows) {
        this.messages = messages;
        this.history = new EventHistory(maxRows);
        getStyleClass().addAll("kt-panel", "event-log");
        getStylesheets().add(EventLogPane.class.getResource(EndpointsPane.STYLESHEET).toExternalForm());

        filterText.setId("event-log-filter");
        HBox.setHgrow(filterText, Priority.ALWAYS);
        filterText.textProperty().addListener((o, a, b) -> rebuild());
        cluster.setId("event-log-cluster");
        traffic.setId("event-log-traffic");
        drops.setId("event-log-drops");
        for (ToggleButton t : List.of(cluster, traffic, drops)) {
            t.setSelected(t != drops);
            t.selectedProperty().addListener((o, a, b) -> rebuild());
            t.setMinWidth(Region.USE_PREF_SIZE);
        }
        clear.setId("event-log-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> clear());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toggles = new HBox(6, cluster, traffic, drops, spacer, clear);
        HBox filterLine = new HBox(filterText);
        VBox bar = new VBox(6, filterLine, toggles);
        bar.getStyleClass().add("panel-bar");
        setTop(bar);

        table.setId("event-log-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
        columns = new EventLogColumns(() -> this.messages);
        table.getColumns().setAll(columns.all());
        table.setRowFactory(t -> EventLogColumns.row());
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!selecting) {
                selectedHop.set(item == null || item.getValue() == null ? null : item.getValue().hopRef());
            }
        });
        table.widthProperty().addListener((o, a, w) -> {
            if (columns.setCompact(w.doubleValue() < EventLogColumns.COMPACT_BELOW, table)) {
                table.refresh();
            }
        });
        setCenter(table);
        setMessages(messages);
    }

    /** Re-labels everything in {@code m}'s language, keeping the rows. */
    public void setMessages(Messages m) {
        this.messages = m;
        filterText.setPromptText(m.text("panels.log.filter.prompt"));
        cluster.setText(m.text("panels.log.filter.cluster"));
        traffic.setText(m.text("panels.log.filter.traffic"));
        drops.setText(m.text("panels.log.filter.drops"));
        drops.setTooltip(new Tooltip(m.text("panels.log.filter.drops.tip")));
        clear.setText(m.text("panels.log.clear"));
        empty.setText(m.text("panels.log.empty"));
        columns.relabel(m);
        // The filter matches words of the current language, so what it keeps may change.
        rebuild();
    }

    /** The hop (or, hop -1, the request) the user picked in the log; null for a cluster event or none. */
    public ObjectProperty<HopRef> selectedHopProperty() {
        return selectedHop;
    }

    /** Takes a state's new cluster events and requests, oldest first. */
    public void show(SessionState s) {
        for (Pod p : s.snapshot().all(Pod.class)) {
            if (!p.spec().nodeName().isEmpty()) {
                podNodes.put(p.metadata().namespace() + "/" + p.metadata().name(), p.spec().nodeName());
            }
        }
        if (s.newEvents().isEmpty() && s.newTraces().isEmpty()) {
            return;
        }
        boolean follow = atBottom();
        // Events and requests of one state interleave by time; on a tie the cluster change came first.
        List<LogEntry> fresh = new ArrayList<>();
        int ei = 0;
        int ti = 0;
        while (ei < s.newEvents().size() || ti < s.newTraces().size()) {
            boolean takeEvent = ti >= s.newTraces().size() || ei < s.newEvents().size()
                    && s.newEvents().get(ei).at() <= s.newTraces().get(ti).at();
            if (takeEvent) {
                ClusterEvent e = s.newEvents().get(ei++);
                String pod = e.subject() != null && e.subject().kind().equals("Pod")
                        ? e.subject().namespace() + "/" + e.subject().name() : null;
                fresh.add(rowMaker.event(e, pod == null ? null : podNodes.get(pod)));
                if (pod != null && e.kind() == ClusterEvent.Kind.POD_DELETED) {
                    podNodes.remove(pod);
                }
            } else {
                fresh.add(rowMaker.trace(s.newTraces().get(ti++)));
            }
        }
        EventFilter f = filter();
        for (LogEntry e : fresh) {
            for (LogEntry gone : history.add(e)) {
                TreeItem<EventRow> item = shown.remove(gone);
                if (item != null) {
                    root.getChildren().remove(item);
                    forget(item);
                }
            }
            addItem(e, f);
        }
        if (follow && !root.getChildren().isEmpty()) {
            scrollToEnd = true;
            scrollToEndIfShown();
        }
    }

    /** New rows arrived while the list followed its end: scroll there once the list is on screen. */
    private boolean scrollToEnd;

    /**
     * Scrolls to the last row if the list is on screen. Behind another tab it waits: the forced CSS
     * and layout the scroll needs cost milliseconds of every state nobody could see.
     */
    public void scrollToEndIfShown() {
        if (!scrollToEnd || !onScreen()) {
            return;
        }
        scrollToEnd = false;
        // The flow learns of the new rows in its layout pass; scroll after it, not before.
        table.applyCss();
        table.layout();
        table.scrollTo(table.getExpandedItemCount() - 1);
    }

    private boolean onScreen() {
        if (table.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = table; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Selects and scrolls to the hop the playback is at, without setting {@link #selectedHopProperty()}. */
    public void select(HopRef ref) {
        TreeItem<EventRow> head = ref == null ? null : requests.get(ref.trace());
        selecting = true;
        try {
            if (head == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            TreeItem<EventRow> target = head;
            if (ref.hop() >= 0) {
                head.setExpanded(true);
                for (TreeItem<EventRow> c : head.getChildren()) {
                    if (c.getValue().hop() == ref.hop()) {
                        target = c;
                    }
                }
            }
            table.getSelectionModel().select(target);
            int index = table.getRow(target);
            if (index >= 0 && !visibleRow(index)) {
                table.scrollTo(Math.max(0, index - 2));
            }
        } finally {
            selecting = false;
        }
    }

    /** Forgets every row. */
    public void clear() {
        history.clear();
        shown.clear();
        requests.clear();
        root.getChildren().clear();
        selectedHop.set(null);
    }

    /** The filter the controls describe now. */
    public EventFilter filter() {
        return new EventFilter(filterText.getText(), cluster.isSelected(), traffic.isSelected(), drops.isSelected());
    }

    /** How many rows the log holds (whatever the filter shows). */
    public int rowCount() {
        return history.rows();
    }

    private void rebuild() {
        if (history == null) {
            return;
        }
        HopRef keep = selectedHop.get();
        shown.clear();
        requests.clear();
        root.getChildren().clear();
        EventFilter f = filter();
        for (LogEntry e : history.entries()) {
            addItem(e, f);
        }
        if (keep != null) {
            select(keep);
        }
    }

    private void addItem(LogEntry e, EventFilter f) {
        List<EventRow> rows = EventRows.visible(e, f, messages);
        if (rows.isEmpty()) {
            return;
        }
        TreeItem<EventRow> head = new TreeItem<>(rows.get(0));
        for (EventRow r : rows.subList(1, rows.size())) {
            head.getChildren().add(new TreeItem<>(r));
        }
        head.setExpanded(true);
        root.getChildren().add(head);
        shown.put(e, head);
        if (e.head().trace() != null) {
            requests.put(e.head().trace(), head);
        }
    }

    private void forget(TreeItem<EventRow> item) {
        if (item.getValue() != null && item.getValue().trace() != null) {
            requests.remove(item.getValue().trace());
        }
    }

    /** Whether the list shows its last row (or cannot scroll): then new rows keep it at the bottom. */
    private boolean atBottom() {
        ScrollBar bar = verticalBar();
        return bar == null || !bar.isVisible() || bar.getValue() >= bar.getMax() - 1e-6;
    }

    private boolean visibleRow(int index) {
        javafx.scene.control.skin.VirtualFlow<?> flow = flow();
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return false;
        }
        return index >= flow.getFirstVisibleCell().getIndex() && index <= flow.getLastVisibleCell().getIndex();
    }

    private javafx.scene.control.skin.VirtualFlow<?> flow() {
        Node n = table.lookup(".virtual-flow");
        return n instanceof javafx.scene.control.skin.VirtualFlow<?> v ? v : null;
    }

    private ScrollBar verticalBar() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                return b;
            }
        }
        return null;
    }

    /** The table, for tests. */
    TreeTableView<EventRow> table() {
        return table;
    }
}
