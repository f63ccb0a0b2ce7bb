package io.kubetutor.ui.shell;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.ui.console.KubectlConsole;
import io.kubetutor.ui.editor.YamlEditor;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.lesson.LessonRecording;
import io.kubetutor.ui.lesson.RecordingTopologyActions;
import io.kubetutor.ui.lesson.RunnerFeed;
import io.kubetutor.ui.packets.PacketLayer;
import io.kubetutor.ui.packets.PlaybackBar;
import io.kubetutor.ui.panels.BurstChart;
import io.kubetutor.ui.panels.EndpointsPane;
import io.kubetutor.ui.panels.EventLogPane;
import io.kubetutor.ui.panels.PacketDetailsPane;
import io.kubetutor.ui.panels.WhyThisPodPane;
import io.kubetutor.ui.playback.PlaceLocator;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.session.HopRef;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.topology.TopologyView;
import io.kubetutor.ui.traffic.TrafficControls;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The one window: the YAML editor on the left, the topology with its packets in the centre, the
 * Endpoints, Event log, Packet details and "Why this pod?" tabs on the right, the kubectl console
 * below, traffic and playback in the toolbar. Every split can be dragged and is remembered.
 * States from the engine arrive through the {@link StateDispatcher}; time moves only through the
 * {@link FrameDriver}.
 */
public final class MainWindow {
    public static final String TITLE = "Kube Service Tutor";
    static final long SEED = 1;

    private final Stage stage;
    private final WindowSettings settings;
    private Messages messages;
    private final UiParts parts;
    private final Layout layout;
    private final Menus menus;
    private final StatusBar status;
    private final ComparePane compare;
    private final Tab endpointsTab = new Tab();
    private final Tab eventsTab = new Tab();
    private final Tab detailsTab = new Tab();
    private final Tab whyTab = new Tab();
    private final TabPane tabs = new TabPane(endpointsTab, eventsTab, detailsTab, whyTab);
    private final FrameDriver driver;
    private final LessonWiring lessons;
    private HopRef following;
    /** The hop the Packet and "Why this pod?" tabs should show once they are opened. */
    private HopRef pendingHop;
    private ClusterTopology topology;

    public MainWindow(Stage stage, WindowSettings settings, ClusterTopology topology, Locale locale) {
        this.stage = stage;
        this.settings = settings;
        this.messages = Messages.of(locale);
        this.topology = topology;
        StateDispatcher dispatcher = new StateDispatcher();
        // An open lesson's runner hears every state on the engine thread before the views do.
        RunnerFeed lessonFeed = new RunnerFeed(dispatcher);
        Session session = new Session(topology, SEED, lessonFeed);
        LessonRecording recording = new LessonRecording(dispatcher::latest);
        PlaybackClock clock = new PlaybackClock();
        TopologyView topologyView = new TopologyView(messages);
        Playback playback = new Playback(clock, topologyView.locator());
        PacketLayer packets = new PacketLayer(messages);
        topologyView.packetLayer().getChildren().add(packets);
        parts = new UiParts(session, dispatcher, clock, playback, new YamlEditor(messages), topologyView, packets,
                new PlaybackBar(messages, clock, playback), new TrafficControls(messages), new EndpointsPane(messages),
                new EventLogPane(messages), new PacketDetailsPane(messages), new WhyThisPodPane(messages),
                new BurstChart(messages), new KubectlConsole(messages, args -> {
                    recording.kubectl(args);
                    return session.kubectl(args);
                }));
        compare = new ComparePane(this, parts);
        burstSide = new BurstSide(parts.burstChart(), messages);
        layout = new Layout(settings);
        lessons = new LessonWiring(this, parts, lessonFeed, recording);
        menus = new Menus(this, parts);
        status = new StatusBar(messages);
        driver = new FrameDriver(clock::advance);
        wire();
    }

    /** Shows the window with its remembered size and splits. */
    public void show() {
        for (Tab t : tabs.getTabs()) {
            t.setClosable(false);
        }
        tabs.getStyleClass().add("right-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane centre = new BorderPane(compare.node());
        centre.setRight(burstSide);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.layout.HBox under = new javafx.scene.layout.HBox(8, parts.playbackBar(), gap, compare.toggle());
        under.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        under.getStyleClass().add("under-topology");
        javafx.scene.layout.HBox.setHgrow(parts.playbackBar(), Priority.ALWAYS);
        centre.setBottom(under);
        burstSide.setVisible(false);
        burstSide.setManaged(false);
        SplitPane left = new SplitPane(parts.editor(), parts.editor().problemsView());
        left.setOrientation(Orientation.VERTICAL);
        SplitPane main = new SplitPane(lessons.column(left), centre, tabs);
        lessons.setMainSplit(main);
        SplitPane outer = new SplitPane(main, parts.console());
        outer.setOrientation(Orientation.VERTICAL);
        VBox top = new VBox(menus.bar(), toolbar());
        BorderPane root = new BorderPane(outer, top, null, status.node(), null);
        root.getStyleClass().add("main-window");
        layout.restore(stage, left, main, outer);
        lessons.restore(layout);
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, layout.width(), layout.height());
        } else {
            scene.setRoot(root);
        }
        scene.getStylesheets().setAll(MainWindow.class.getResource("/io/kubetutor/ui/css/shell.css").toExternalForm());
        menus.installShortcuts(scene);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        relabel();
        stage.setOnCloseRequest(e -> close(left, main, outer));
        stage.show();
        driver.start();
        parts.clock().play();
    }

    private javafx.scene.Node toolbar() {
        javafx.scene.control.ToolBar bar = new javafx.scene.control.ToolBar(parts.traffic());
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void wire() {
        UiParts p = parts;
        StateDispatcher d = p.dispatcher();
        d.addView(p.topology()::show);
        d.addView(p.endpoints()::show);
        d.addView(p.eventLog()::show);
        d.addView(p.traffic()::show);
        d.addView(p.console()::show);
        d.addView(this::showState);
        d.addView(lessons::show);
        io.kubetutor.ui.files.ViewMemory.attach(settings, p.editor(), p.clock());
        p.editor().setOnApply(text -> {
            lessons.recording().textApplied(text);
            p.session().applyText(text);
            compare.applyText(text);
        });
        p.topology().setActions(new RecordingTopologyActions(new TopologyActionsHandler(this, p), lessons.recording()));
        p.traffic().setOnSend((from, to, kind, count) -> {
            lessons.recording().sent(from, to, kind, count);
            p.session().send(from, to, kind, count);
            compare.send(from, to, kind, count);
        });
        p.traffic().setOnBurst((from, to, kind, count, spread) -> {
            lessons.recording().burst(from, to, kind, count, spread);
            p.session().burst(from, to, kind, count, spread);
            compare.burst(from, to, kind, count, spread);
        });
        p.traffic().setOnCloseConnections(() -> {
            p.session().closeConnections();
            compare.closeConnections();
        });
        p.eventLog().selectedHopProperty().addListener((o, was, hop) -> showHop(hop));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            showPendingHop();
            if (now == eventsTab) {
                javafx.application.Platform.runLater(p.eventLog()::scrollToEndIfShown);
            }
        });
        driver.addClusterTime(p.session()::advanceBy);
        driver.addClusterTime(compare::advanceBy);
        driver.addFrameListener(this::frame);
        p.playbackBar().setStepActions(this::stepBack, this::stepForward, this::replay);
    }

    /** Steps the packets one hop forward (in compare mode on both sides, in step). */
    public void stepForward() {
        parts.playback().stepForward();
        compare.stepForward();
    }

    public void stepBack() {
        parts.playback().stepBack();
        compare.stepBack();
    }

    public void replay() {
        parts.playback().replay();
        compare.replay();
    }

    private void showState(SessionState s) {
        parts.editor().showDiagnostics(s.diagnostics(), s.stale());
        if (!s.newTraces().isEmpty()) {
            parts.playback().enqueue(s.newTraces());
        }
        if (s.burst() != null && s.burstSeq() != lastBurstSeq) {
            lastBurstSeq = s.burstSeq();
            parts.burstChart().show(s.burst());
            burstSide.setVisible(true);
            burstSide.setManaged(true);
            parts.playback().launchAll(s.burst().traced().subList(0, Math.min(60, s.burst().traced().size())), 40);
        }
        // Pins and held lines are drawn again only when they or the drawing under them changed.
        Object drawing = parts.topology().model();
        if (!s.pins().equals(shownPins) || !s.keptAlive().equals(shownKeptAlive) || drawing != shownOver) {
            shownPins = s.pins();
            shownKeptAlive = s.keptAlive();
            shownOver = drawing;
            PlaceLocator at = parts.topology().locator();
            parts.packets().showPins(s.pins(), Tethers.clientByIp(s, at), Tethers.podByName(s, at));
            parts.packets().showKeptAlive(s.keptAlive(), at);
        }
        status.show(s);
    }

    private Object shownPins;
    private Object shownKeptAlive;
    private Object shownOver;

    private long lastBurstSeq;
    private final BurstSide burstSide;

    private void frame(long virtualMs) {
        parts.playback().advance(virtualMs);
        parts.packets().render(parts.playback().frame(parts.topology().locator()));
        compare.frame(virtualMs);
        HopRef now = parts.playback().current();
        if (now != null && !now.equals(following)) {
            following = now;
            parts.eventLog().select(now);
            showHop(now);
        }
        parts.playbackBar().refresh();
    }

    private void showHop(HopRef hop) {
        if (hop != null) {
            pendingHop = hop;
            showPendingHop();
        }
    }

    /**
     * Fills the Packet and "Why this pod?" tabs with the followed hop when they are on show, and
     * a hidden one when it is opened: rebuilding their labels for every hop of a packet in flight
     * cost whole frames while nobody could see them.
     */
    private void showPendingHop() {
        HopRef hop = pendingHop;
        if (hop == null) {
            return;
        }
        if (detailsTab.isSelected() && !hop.equals(parts.details().shown())) {
            parts.details().show(hop);
        }
        if (whyTab.isSelected() && hop.trace() != parts.whyThisPod().shown()) {
            parts.whyThisPod().show(hop.trace());
        }
    }

    /** Switches every word in the window to {@code locale}, keeping everything else as it is. */
    public void setLanguage(Locale locale) {
        messages = Messages.of(locale);
        settings.put("language", messages.locale().getLanguage());
        parts.editor().setMessages(messages);
        parts.topology().setMessages(messages);
        parts.playbackBar().setMessages(messages);
        parts.traffic().setMessages(messages);
        parts.endpoints().setMessages(messages);
        parts.eventLog().setMessages(messages);
        parts.details().setMessages(messages);
        parts.whyThisPod().setMessages(messages);
        parts.burstChart().setMessages(messages);
        parts.console().setMessages(messages);
        status.setMessages(messages);
        compare.setMessages(messages);
        burstSide.setMessages(messages);
        lessons.setMessages(messages);
        relabel();
    }

    private void relabel() {
        endpointsTab.setText(messages.text("shell.tab.endpoints"));
        eventsTab.setText(messages.text("shell.tab.events"));
        detailsTab.setText(messages.text("shell.tab.details"));
        whyTab.setText(messages.text("shell.tab.why"));
        endpointsTab.setContent(parts.endpoints());
        eventsTab.setContent(parts.eventLog());
        detailsTab.setContent(parts.details());
        whyTab.setContent(parts.whyThisPod());
        menus.relabel(messages);
    }

    /** Tells the user, in the status line, that something inside the window failed (details in {@code log}). */
    public void showInternalError(java.nio.file.Path log) {
        status.showInternalError(log);
    }

    /** Opens the small example a first session starts from, in the window's language. */
    public void openStarter() {
        parts.editor().setText(Starter.text(messages));
        parts.session().applyText(parts.editor().getText());
    }

    /** The cluster around the manifests, as the cluster settings last set it. */
    public ClusterTopology topology() {
        return topology;
    }

    /** A fresh cluster ({@code next}, or the same topology when null) with the editor's text applied again. */
    public void resetCluster(ClusterTopology next) {
        if (next != null) {
            topology = next;
            lessons.clusterReset(next);
        }
        parts.playback().clear();
        parts.eventLog().clear();
        parts.session().reset(topology);
        compare.reset();
    }

    /** Splits the topology into A (as written) and B (one field flipped), or joins it again. */
    public void setCompare(boolean on) {
        compare.setActive(on);
        menus.setCompareSelected(on);
    }

    public Messages messages() {
        return messages;
    }

    public Stage stage() {
        return stage;
    }

    public WindowSettings settings() {
        return settings;
    }

    public UiParts parts() {
        return parts;
    }

    /** Says a notice (a key of the files area, with its arguments) in the status line, worded anew on a language switch. */
    public void showNotice(boolean warning, String key, Object... args) {
        status.showNotice(new StatusBar.Notice(warning, key, args));
    }

    /** Open, save, recent files and dropped files: scenarios and plain manifests. */
    public io.kubetutor.ui.files.DocumentFiles documents() {
        return menus.documents();
    }

    /** The bundled lessons in course order (those that loaded), and opening one. */
    public java.util.List<io.kubetutor.lesson.Lesson> course() {
        return lessons.course();
    }

    public boolean openLesson(String id) {
        return lessons.controller().open(id);
    }

    /** The lesson pane, the Lessons menu and "Record as lesson". */
    LessonWiring lessons() {
        return lessons;
    }

    private void close(SplitPane left, SplitPane main, SplitPane outer) {
        driver.stop();
        lessons.remember(layout);
        layout.remember(stage, left, main, outer);
        try {
            settings.save();
        } catch (java.io.IOException e) {
            // Losing the window layout is not worth a failed exit.
        }
        parts.editor().dispose();
        parts.session().close();
        compare.close();
    }
}
