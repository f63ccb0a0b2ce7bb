package io.kubetutor.ui.shell;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.lesson.LessonFolder;
import io.kubetutor.lesson.LessonLoader;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.lesson.ProgressStore;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.lesson.LessonController;
import io.kubetutor.ui.lesson.LessonHost;
import io.kubetutor.ui.lesson.LessonPane;
import io.kubetutor.ui.lesson.LessonRecording;
import io.kubetutor.ui.lesson.RunnerFeed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The lessons in the window: the lesson pane above the editor (a slim bar in the sandbox, its
 * room back when a lesson or the outline is open), the Lessons menu, progress kept beside the
 * settings, and "Record as lesson" fed from the editor, the traffic bar, the console and the
 * topology's menus. The pane reaches the editor, topology and console only through
 * {@link LessonHost}, the same controls the learner uses.
 */
final class LessonWiring implements LessonHost {
    /** The lesson pane's share of the left column when a lesson is open, until the learner drags it. */
    static final double DEFAULT_SPLIT = 0.6;
    /**
     * The main split's dividers while a lesson is open, at least: the step's text needs a column
     * about 450 px wide at 1280×720 to read without a scroll every few lines; the topology and the
     * tabs give a little each, and get it back when the lesson closes.
     */
    static final double LESSON_LEFT = 0.265;
    static final double LESSON_RIGHT = 0.695;

    private final MainWindow window;
    private final UiParts parts;
    private final LessonRecording recording;
    private final LessonController controller;
    private final LessonPane pane;
    private final List<LoadedLesson> course;
    private final SplitPane column = new SplitPane();
    private final Menu menu = new Menu();
    private final Map<MenuItem, String> menuKeys = new LinkedHashMap<>();
    private final CheckMenuItem record = new CheckMenuItem();
    private final MenuItem stopAndSave = new MenuItem();
    private final MenuItem leave = new MenuItem();
    private final RecordingSaver saver;
    private double split = DEFAULT_SPLIT;
    private boolean expanded;
    private SplitPane main;
    /** The main split's dividers before a lesson widened the column, and what the lesson set them to. */
    private double[] sandboxMain;
    private double[] lessonMain;

    LessonWiring(MainWindow window, UiParts parts, RunnerFeed feed, LessonRecording recording) {
        this.window = window;
        this.parts = parts;
        this.recording = recording;
        String problem = null;
        List<LoadedLesson> loaded = List.of();
        try {
            loaded = LessonLoader.loadAll(LessonFolder.bundled());
        } catch (IOException e) {
            problem = e.getMessage();
        }
        course = loaded;
        Path data = window.settings().file().toAbsolutePath().getParent();
        controller = new LessonController(parts.session(), feed, ProgressStore.open(data), course, this,
                Platform::runLater);
        pane = new LessonPane(window.messages(), controller, problem);
        saver = new RecordingSaver(window, recording, this::nextFreeOrder);
        pane.setOnExpandedChange(this::expand);
        pane.setOnStopRecording(this::stopAndSave);
        column.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(pane, false);
        buildMenu();
    }

    LessonPane pane() {
        return pane;
    }

    LessonController controller() {
        return controller;
    }

    /** The lessons that loaded, in course order (the first is where a newcomer starts). */
    List<io.kubetutor.lesson.Lesson> course() {
        return course.stream().map(LoadedLesson::lesson).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(io.kubetutor.lesson.Lesson::order)).toList();
    }

    LessonRecording recording() {
        return recording;
    }

    RecordingSaver saver() {
        return saver;
    }

    /** The window's left column: the lesson pane above {@code editorColumn} (the editor and its Problems). */
    Node column(Node editorColumn) {
        column.getItems().setAll(pane, editorColumn);
        return column;
    }

    /** The window's main split (left column, topology, tabs): widened while a lesson is open. */
    void setMainSplit(SplitPane main) {
        this.main = main;
    }

    void restore(Layout layout) {
        split = layout.lessonSplit();
        expand(pane.expanded());
    }

    /**
     * Keeps the lesson pane's share for next time and gives the main split back its sandbox
     * dividers (call before the layout remembers them): a window closed mid-lesson reopens in the
     * sandbox as the learner had arranged it.
     */
    void remember(Layout layout) {
        if (expanded) {
            split = column.getDividerPositions()[0];
        }
        layout.rememberLessonSplit(split);
        narrowMain();
    }

    /** Every state on the FX thread: the goal is checked again. */
    void show(SessionState s) {
        pane.show(s);
    }

    void setMessages(Messages m) {
        pane.setMessages(m);
    }

    /** The Lessons menu and the bundle key of each of its items (the menu bar re-labels them). */
    Menu menu() {
        return menu;
    }

    Map<MenuItem, String> menuKeys() {
        return menuKeys;
    }

    /** The cluster started again on another topology: a recording keeps it as a step's action. */
    void clusterReset(ClusterTopology next) {
        if (next != null) {
            recording.topology(next);
        }
    }

    private void buildMenu() {
        MenuItem outline = new MenuItem();
        outline.setOnAction(e -> pane.showOutline());
        record.setOnAction(e -> {
            // the tick follows the recording: unticking is "stop and save", and cancelling the save keeps it on
            if (!recording.recording()) {
                recording.start(parts.editor().getText());
                pane.setRecording(true);
            } else {
                stopAndSave();
            }
            record.setSelected(recording.recording());
        });
        stopAndSave.setOnAction(e -> stopAndSave());
        leave.setOnAction(e -> controller.leave());
        menuKeys.put(menu, "lesson.menu.lessons");
        menuKeys.put(outline, "lesson.menu.outline");
        menuKeys.put(record, "lesson.menu.record");
        menuKeys.put(stopAndSave, "lesson.menu.stopAndSave");
        menuKeys.put(leave, "lesson.menu.leave");
        menu.getItems().setAll(outline, leave, new SeparatorMenuItem(), record, stopAndSave);
        menu.setOnShowing(e -> refreshMenu());
        refreshMenu();
    }

    private void refreshMenu() {
        boolean open = controller.isOpen();
        record.setDisable(open && !recording.recording());
        stopAndSave.setDisable(!recording.recording());
        leave.setDisable(!open);
    }

    /** "Stop and save…": the teacher names the lesson and picks the file; on success recording stops. */
    void stopAndSave() {
        if (saver.save()) {
            pane.setRecording(false);
        }
        record.setSelected(recording.recording());
        refreshMenu();
    }

    private int nextFreeOrder() {
        int max = course.stream().filter(l -> l.lesson() != null).mapToInt(l -> l.lesson().order()).max().orElse(0);
        return Math.min(99, max + 1);
    }

    /**
     * The pane asks for its room (a lesson or the outline) or gives it back (the sandbox's slim
     * bar): the divider goes where the learner last left it, or to the bar's height.
     */
    private void expand(boolean wanted) {
        recording.setSuspended(controller.isOpen());
        refreshMenu();
        boolean was = expanded;
        expanded = wanted;
        if (column.getDividers().isEmpty()) {
            return; // not in the window yet: restore() places it
        }
        if (was && !wanted) {
            split = column.getDividerPositions()[0];
        }
        if (wanted) {
            pane.setMaxHeight(Double.MAX_VALUE);
            if (!was) {
                column.setDividerPositions(split);
                widenMain();
            }
        } else {
            if (was) {
                narrowMain();
            }
            // the bar's own height: the split cannot give it more, the editor gets the rest
            pane.setMaxHeight(Region.USE_PREF_SIZE);
            column.setDividerPositions(0);
        }
    }

    private void widenMain() {
        if (main == null || main.getDividers().size() != 2) {
            return;
        }
        double[] now = main.getDividerPositions();
        sandboxMain = now.clone();
        lessonMain = new double[] {Math.max(now[0], LESSON_LEFT), Math.max(now[1], LESSON_RIGHT)};
        main.setDividerPositions(lessonMain);
    }

    /** Gives the room back, unless the learner has arranged the split themselves meanwhile. */
    private void narrowMain() {
        if (main == null || sandboxMain == null) {
            return;
        }
        double[] now = main.getDividerPositions();
        if (Math.abs(now[0] - lessonMain[0]) < 0.01 && Math.abs(now[1] - lessonMain[1]) < 0.01) {
            main.setDividerPositions(sandboxMain);
        }
        sandboxMain = null;
    }

    // ---- LessonHost: the window's own controls

    @Override
    public void resetCluster(ClusterTopology topology) {
        // a lesson is opening: its own cluster is not something a recording teacher did
        recording.setSuspended(true);
        window.resetCluster(topology);
    }

    @Override
    public String editorText() {
        return parts.editor().getText();
    }

    @Override
    public void setEditorText(String text) {
        parts.editor().setText(text);
    }

    @Override
    public void highlightAll(java.util.List<String> elementIds) {
        parts.topology().highlightAll(elementIds);
    }

    @Override
    public void highlight(String elementId) {
        parts.topology().highlight(elementId);
    }

    @Override
    public void showKubectl(String line, Kubectl.Output output) {
        parts.console().showRun(line, output);
    }

    /** For tests: how the file to save a recording in is chosen (the default opens a file chooser). */
    void setFileChooser(BiFunction<String, Path, Path> chooser) {
        saver.setFileChooser(chooser);
    }
}
