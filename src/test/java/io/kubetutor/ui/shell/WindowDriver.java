package io.kubetutor.ui.shell;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import io.kubetutor.ui.topology.TopologyView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the whole window as a learner would, for the window-level tests: opens it as the app
 * does, waits for the engine's states to reach the views, opens the topology's real context
 * menus, answers their dialogs, and reads what the Endpoints tab and the packets show.
 */
final class WindowDriver {
    /** How long a step of the window may take before a test gives up: generous, the machine is shared. */
    static final long PATIENCE_SECONDS = 20;

    final MainWindow window;
    private final FxRobot robot = new FxRobot();

    private WindowDriver(MainWindow window) {
        this.window = window;
    }

    /** Opens the window in English on the default three-node cluster (seed 1), its clock paused. */
    static WindowDriver open(Stage stage, Path data) {
        Fonts.load();
        Themes.apply("light");
        // The primary stage is shared by every UI test: one before may have left its own small scene
        // (a 900×60 playback bar); the window gets a fresh scene at its own size, as the app does.
        stage.setScene(null);
        MainWindow window = new MainWindow(stage, WindowSettings.load(data.resolve("settings.properties")),
                ClusterTopology.defaults(), Locale.ENGLISH);
        window.show();
        stage.sizeToScene();
        // Time moves only when a test says so: no frame advances the cluster behind its back.
        window.parts().clock().pause();
        return new WindowDriver(window);
    }

    UiParts parts() {
        return window.parts();
    }

    SessionState latest() {
        return window.parts().dispatcher().latest();
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the window never got there: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForState(String what, Predicate<SessionState> p) {
        waitUntil(what, () -> latest() != null && p.test(latest()));
    }

    static void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts {@code text} in the editor, waits until {@code pods} app pods exist, then lets 30 s pass. */
    void apply(String text, String podPrefix, int pods) {
        onFx(() -> window.parts().editor().setText(text));
        waitForState(pods + " pods named " + podPrefix + "*", s -> podNames(s, podPrefix).size() == pods);
        advance(30_000);
    }

    /** Lets {@code ms} of cluster time pass and waits until the views have the state after it. */
    void advance(long ms) {
        long target = latest().now() + ms;
        window.parts().session().advanceBy(ms);
        waitForState("cluster time " + target, s -> s.now() >= target);
    }

    /** The names of the pods starting with {@code prefix} that are not being deleted. */
    static List<String> podNames(SessionState s, String prefix) {
        return s.snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith(prefix))
                .filter(p -> !p.metadata().deleting()).map(Pod::name).sorted().toList();
    }

    List<String> podNames(String prefix) {
        return podNames(latest(), prefix);
    }

    Pod pod(String name) {
        return latest().snapshot().get(Pod.class, "default", name).orElseThrow();
    }

    NodeStatus node(String name) {
        return latest().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    // ---- the topology's context menus

    /**
     * Opens the context menu of the element drawn for {@code elementId}, as a right-click on it
     * does (the event is aimed at the element itself, so a pod drawn over a node's middle cannot
     * take it), and clicks the entry labelled {@code text}.
     */
    void chooseFromMenu(String elementId, String text) {
        waitUntil("the topology draws " + elementId, () -> window.parts().topology().elementNode(elementId) != null);
        onFx(() -> {
            Node element = window.parts().topology().elementNode(elementId);
            Bounds b = element.getBoundsInLocal();
            Point2D scene = element.localToScene(b.getCenterX(), b.getCenterY());
            Point2D screen = element.localToScreen(b.getCenterX(), b.getCenterY());
            Point2D local = new Point2D(b.getCenterX(), b.getCenterY());
            Event.fireEvent(element, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), screen.getX(), screen.getY(), false,
                    new PickResult(element, scene.getX(), scene.getY())));
        });
        MenuItem item = menuItem(elementId, text);
        robot.clickOn(item.getStyleableNode());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The entry labelled {@code text} of the context menu open for {@code elementId}. */
    private static MenuItem menuItem(String elementId, String text) {
        waitUntil("a context menu for " + elementId, () -> openMenu(elementId) != null);
        ContextMenu menu = openMenu(elementId);
        List<String> texts = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            texts.add(i.getText());
            if (text.equals(i.getText())) {
                if (i.isDisable()) {
                    throw new AssertionError("\"" + text + "\" is disabled in the menu of " + elementId);
                }
                return i;
            }
        }
        throw new AssertionError("no \"" + text + "\" in the menu of " + elementId + ": " + texts);
    }

    private static ContextMenu openMenu(String elementId) {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu m && m.isShowing() && elementId.equals(m.getUserData())) {
                return m;
            }
        }
        return null;
    }

    /** Types {@code answer} into the text dialog now open (replacing what it offers) and presses OK. */
    void answerDialog(String answer) {
        waitUntil("a dialog", () -> dialog() != null);
        DialogPane pane = dialog();
        TextField field = (TextField) pane.lookup(".text-field");
        robot.clickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(answer);
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        waitUntil("the dialog closes", () -> dialog() == null);
    }

    private static DialogPane dialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    // ---- the Endpoints tab

    /**
     * The Endpoints tab's rows as the learner reads them, pod name to its state symbol (✓ ready,
     * ✗ not ready, ⟳ terminating); rows fading out are already gone for the reader.
     */
    Map<String, String> endpointRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Node n : robot.lookup(".endpoint-pod").queryAll()) {
            if (!(n instanceof Label pod) || pod.getStyleClass().contains("leaving") || pod.getParent() == null) {
                continue;
            }
            Integer row = GridPane.getRowIndex(pod);
            for (Node cell : pod.getParent().getChildrenUnmodifiable()) {
                if (cell instanceof Label state && state.getStyleClass().contains("endpoint-state")
                        && row != null && row.equals(GridPane.getRowIndex(state))) {
                    rows.put(pod.getText(), state.getText());
                }
            }
        }
        return rows;
    }

    /** Whether something matching {@code query} (a TestFX lookup) is in the window. */
    boolean shows(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    // ---- what the packets show

    /** The words on the badges of the packets drawn in {@code layer} ("delivered", "dropped"…). */
    static List<String> packetBadges(Parent layer) {
        List<String> words = new ArrayList<>();
        for (Node n : layer.lookupAll(".packet-badge-word")) {
            if (n instanceof Label word && shown(word, layer)) {
                words.add(word.getText());
            }
        }
        return words;
    }

    private static boolean shown(Node n, Node upTo) {
        for (Node at = n; at != null && at != upTo; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** One packet as drawn: where (in the topology's coordinates) and what its label reads. */
    record ShownPacket(double x, double y, String label) {
    }

    /** The packets drawn in {@code layer}, with their labels, in drawing order. */
    static List<ShownPacket> packets(Parent layer) {
        List<ShownPacket> out = new ArrayList<>();
        for (Node pill : layer.lookupAll(".packet-pill")) {
            if (!shown(pill, layer)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (Node a : ((Parent) pill).getChildrenUnmodifiable()) {
                if (a instanceof Label l && l.getStyleClass().contains("packet-address")) {
                    words.add(l.getText());
                }
            }
            Node packet = pill.getParent();
            out.add(new ShownPacket(packet.getTranslateX(), packet.getTranslateY(), String.join(" → ", words)));
        }
        return out;
    }

    /** Picks the sender and target in the toolbar and presses Send. */
    void send(String client, String target) {
        onFx(() -> {
            parts().traffic().selectClient(client);
            parts().traffic().selectTarget(target);
            parts().traffic().send();
        });
    }

    /** The topology drawn for compare mode's side B, or null when the view is not split. */
    TopologyView sideB() {
        for (Node n : robot.lookup(".topology").queryAll()) {
            if (n instanceof TopologyView v && v != parts().topology() && v.getScene() != null) {
                return v;
            }
        }
        return null;
    }

    /** How many topologies the window shows (2 in compare mode). */
    int topologiesShown() {
        return (int) robot.lookup(".topology").queryAll().stream()
                .filter(n -> n instanceof TopologyView v && v.getScene() != null).count();
    }

    /** Steps the packets forward (the playback bar's ⏭) {@code times} times. */
    void stepForward(int times) {
        for (int i = 0; i < times; i++) {
            onFx(window::stepForward);
        }
    }
}
