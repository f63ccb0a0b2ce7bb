package io.kubetutor.ui.topology;

import io.kubetutor.session.SessionState;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.AppAnswers;
import io.kubetutor.ui.layout.ElementIds;
import io.kubetutor.ui.layout.EventCallouts;
import io.kubetutor.ui.layout.LayoutLocator;
import io.kubetutor.ui.layout.Rect;
import io.kubetutor.ui.layout.StateChange;
import io.kubetutor.ui.layout.TopologyLayout;
import io.kubetutor.ui.layout.TopologyModel;
import io.kubetutor.ui.panels.model.EventRows;
import io.kubetutor.ui.playback.PlaceLocator;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.ui.theme.StyleClasses;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The cluster as the class sees it on the projector: clients and the cloud load balancer on top,
 * nodes with their kube-proxy and pods, the Services' band with lines to their endpoints, events
 * called out where they happen. Zoom with the wheel, pan by dragging; right-click an element for
 * what can be done to it. Plain classes in {@code ui.layout} decide where things go; this class
 * only draws them and forwards the user's gestures.
 */
public final class TopologyView extends StackPane {
    static final String STYLESHEET = "/io/kubetutor/ui/css/topology.css";

    private final Pane viewport = new Pane();
    private final Drawing drawing = new Drawing();
    private final ZoomPan zoomPan;
    private final AppAnswers appAnswers = new AppAnswers();
    private Messages messages;
    private SessionState state;
    private TopologyModel model;
    private TopologyLayout layout;
    private LayoutLocator layoutLocator;
    private boolean showSystemPods = true;
    private List<String> highlighted = List.of();
    private String selected;
    private TopologyActions actions;
    private Consumer<String> onSelect = id -> { };
    private ContextMenu menu;
    private long lastUpdateNanos;

    public TopologyView(Messages messages) {
        this.messages = messages;
        getStyleClass().add("topology");
        getStylesheets().add(TopologyView.class.getResource(STYLESHEET).toExternalForm());
        viewport.getStyleClass().add("topology-canvas");
        viewport.getChildren().add(drawing.world);
        zoomPan = new ZoomPan(viewport, drawing.world);
        zoomPan.zoomProperty().addListener((o, a, b) -> drawing.zoomed(b.doubleValue()));
        getChildren().add(viewport);
        setMinSize(0, 0);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        viewport.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> openMenu(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY(), e));
        // Some platforms (and headless tests) send no menu event for a right press: open on the press
        // too, once; whichever comes second finds the menu already open for that element.
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                openMenu(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY(), e);
            }
        });
    }

    /** Re-labels everything in {@code m}'s language, keeping what is on screen. */
    public void setMessages(Messages m) {
        messages = m;
        if (model != null) {
            drawing.update(model, layout, messages, true);
        }
    }

    /** Takes the next published state (FX thread, every state, in order); nearly free when nothing drawn changed. */
    public void show(SessionState s) {
        long start = System.nanoTime();
        appAnswers.accept(s.newEvents());
        boolean redraw = StateChange.mayChangeDrawing(state, s);
        state = s;
        if (redraw) {
            rebuild(false);
        }
        if (layout != null) {
            noteOutside(s.newTraces());
            if (!s.newEvents().isEmpty()) {
                // Worded as the event log words them, in the window's language.
                List<EventCallouts.Callout> callouts = EventCallouts.of(s.newEvents(),
                        e -> EventRows.eventText(e, messages));
                drawing.callouts.show(callouts, layout, drawing.lines, zoomPan.zoom());
            }
        }
        lastUpdateNanos = System.nanoTime() - start;
    }

    private void rebuild(boolean force) {
        if (state == null) {
            return;
        }
        TopologyModel m = TopologyModel.of(state, showSystemPods);
        if (!force && m.equals(model)) {
            return;
        }
        model = m;
        layout = TopologyLayout.of(m);
        layoutLocator = new LayoutLocator(layout);
        drawing.update(model, layout, messages, false);
        zoomPan.setContent(layout.bounds());
        refreshSpotlight();
        markSelected();
    }

    private void noteOutside(List<Trace> traces) {
        for (int i = traces.size() - 1; i >= 0; i--) {
            for (Hop h : traces.get(i).hops()) {
                if (h.at().kind() == Place.Kind.OUTSIDE) {
                    drawing.surroundings.outsideUsed(h.at().name(), layout, messages);
                    return;
                }
            }
        }
    }

    /** Shows or hides kube-system's pods and Services (drawn small and muted when shown). */
    public void setShowSystemPods(boolean show) {
        if (show != showSystemPods) {
            showSystemPods = show;
            rebuild(false);
        }
    }

    public boolean isShowSystemPods() {
        return showSystemPods;
    }

    public void zoomIn() {
        zoomPan.zoomBy(ZoomPan.STEP);
    }

    public void zoomOut() {
        zoomPan.zoomBy(1 / ZoomPan.STEP);
    }

    /** Fits the whole cluster in the view, and keeps it fitted as it grows until the user zooms or pans. */
    public void zoomToFit() {
        zoomPan.zoomToFit();
    }

    /** 100% zoom, the drawing's top-left corner in the view's. */
    public void resetView() {
        zoomPan.reset();
    }

    /** Centres the view on a point of the drawing (the packet animation follows a packet with it). */
    public void focusOn(Point p) {
        zoomPan.focusOn(p);
    }

    public double zoom() {
        return zoomPan.zoom();
    }

    /**
     * Spotlights one element for a lesson: a node's name, a pod as {@code NAMESPACE/NAME}, a Service
     * as {@code svc:NAMESPACE/NAME} (also {@code ing:…}, {@code client:NAME}, {@code lb}); null ends it.
     * The spotlight follows the element when the drawing changes.
     */
    public void highlight(String elementId) {
        highlightAll(elementId == null ? List.of() : List.of(elementId));
    }

    /** Spotlights every element of {@code elementIds} (none: no spotlight). */
    public void highlightAll(List<String> elementIds) {
        highlighted = List.copyOf(elementIds);
        refreshSpotlight();
    }

    /** The first spotlit element, or null. */
    public String highlighted() {
        return highlighted.isEmpty() ? null : highlighted.get(0);
    }

    /** How many rings the spotlight draws now (lit elements, overlapping ones merged). */
    int spotlightRings() {
        return drawing.spotlight.ringsShown();
    }

    private void refreshSpotlight() {
        List<Rect> boxes = new java.util.ArrayList<>();
        for (String id : highlighted) {
            Rect r = layout == null ? null : box(id);
            if (r != null) {
                boxes.add(r);
            }
        }
        drawing.spotlight.show(boxes, layout == null ? null : layout.bounds());
    }

    /** The box of an element in the current layout, or null. */
    Rect box(String id) {
        if (id == null || layout == null) {
            return null;
        }
        for (var map : List.of(layout.nodes(), layout.pods(), layout.services(), layout.ingresses(),
                layout.clients())) {
            if (map.containsKey(id)) {
                return map.get(id);
            }
        }
        if (ElementIds.LOAD_BALANCER.equals(id)) {
            return layout.loadBalancer();
        }
        return ElementIds.OUTSIDE.equals(id) ? layout.outside() : null;
    }

    /**
     * Where each place of a trace is drawn, in the drawing's coordinates (those of
     * {@link #packetLayer()}). Locating the outside world shows its marker.
     */
    public PlaceLocator locator() {
        return place -> {
            if (layoutLocator == null) {
                return Optional.empty();
            }
            Optional<Point> p = layoutLocator.locate(place);
            if (place != null && place.kind() == Place.Kind.OUTSIDE && !drawing.surroundings.outsideShown()
                    && Platform.isFxApplicationThread()) {
                drawing.surroundings.outsideUsed(place.name(), layout, messages);
            }
            return p;
        };
    }

    /** An empty transparent layer over the nodes and lines, zoomed and panned with them, for packets. */
    public Pane packetLayer() {
        return drawing.packetLayer;
    }

    public void setActions(TopologyActions actions) {
        this.actions = actions;
    }

    /** Called with an element's id when the user clicks it. */
    public void setOnSelect(Consumer<String> onSelect) {
        this.onSelect = onSelect == null ? id -> { } : onSelect;
    }

    /** Marks an element as selected (e.g. chosen in another panel); null clears. */
    public void select(String elementId) {
        selected = elementId;
        markSelected();
    }

    private void markSelected() {
        drawing.lines.emphasise(selected);
        for (Node n : List.of(drawing.nodeLayer, drawing.podLayer, drawing.cardLayer)) {
            for (Node c : ((Pane) n).getChildren()) {
                StyleClasses.toggle(c, "selected", selected != null && selected.equals(c.getUserData()));
            }
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || zoomPan.dragged()) {
            return;
        }
        String id = elementAt(e.getPickResult().getIntersectedNode());
        if (id != null) {
            select(id);
            onSelect.accept(id);
        }
    }

    private void openMenu(Node picked, double screenX, double screenY, javafx.event.Event e) {
        String id = elementAt(picked);
        List<TopologyMenus.Entry> entries = entries(id);
        if (entries.isEmpty()) {
            return;
        }
        e.consume();
        if (menu != null && menu.isShowing() && id.equals(menu.getUserData())) {
            return;
        }
        if (menu != null) {
            menu.hide();
        }
        menu = new ContextMenu();
        menu.setUserData(id);
        menu.getStyleClass().add("topology-menu");
        for (TopologyMenus.Entry entry : entries) {
            if (entry == TopologyMenus.Entry.SEPARATOR) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            MenuItem item = new MenuItem(entry.text());
            item.setDisable(!entry.enabled() || actions == null);
            item.setOnAction(a -> {
                if (actions != null && entry.run() != null) {
                    entry.run().accept(actions);
                }
            });
            menu.getItems().add(item);
        }
        menu.show(viewport, screenX, screenY);
    }

    /** The menu entries for an element, for the context menu (and for tests). */
    List<TopologyMenus.Entry> entries(String id) {
        if (id == null || model == null) {
            return List.of();
        }
        var pod = model.pod(id);
        if (pod != null) {
            return TopologyMenus.pod(pod, appAnswers.answers(id), messages);
        }
        var node = model.node(id);
        if (node != null) {
            return TopologyMenus.node(node, messages);
        }
        var service = model.service(id);
        return service == null ? List.of() : TopologyMenus.service(service, messages);
    }

    /** The element a picked node belongs to: the nearest ancestor carrying an element id that sits on a layer. */
    private String elementAt(Node picked) {
        for (Node n = picked; n != null && n != viewport; n = n.getParent()) {
            if (n.getUserData() instanceof String id && n.getParent() != null
                    && drawing.isLayer(n.getParent())) {
                return id;
            }
        }
        return null;
    }

    /** The element drawn for an id (for tests and for lessons that anchor a note to it), or null. */
    public Node elementNode(String id) {
        return drawing.element(id);
    }

    public TopologyModel model() {
        return model;
    }

    public TopologyLayout currentLayout() {
        return layout;
    }

    /** Turns the fades and slides off (previews, measurements); on by default. */
    public void setAnimated(boolean animated) {
        drawing.fades.enabled = animated;
    }

    /** How long the last {@link #show} took, in nanoseconds (model, layout and redraw). */
    public long lastUpdateNanos() {
        return lastUpdateNanos;
    }
}
