package io.kubetutor.ui.files;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.scenario.Scenario;
import io.kubetutor.scenario.ScenarioFile;
import io.kubetutor.ui.shell.AtomicWrite;
import io.kubetutor.ui.shell.MainWindow;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/**
 * The window's files: New, Open (a scenario or a plain manifest, decided by what the file holds),
 * Save (in the kind the file was opened or saved as), Save as (a scenario unless "manifests only" is
 * picked), File ▸ Open Recent, and YAML files dropped anywhere on the window. A file larger than
 * the editor should hold is refused before it is read; every save is atomic.
 */
public final class DocumentFiles {
    /** Beyond this the file is refused: a manifest a learner edits is never this big. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    static final String RECENT = "files.recent";

    private final MainWindow window;
    private final Consumer<Boolean> showSystemPods;
    private final Menu recent = new Menu();
    private Path current;
    private boolean currentIsScenario = true;
    /** A scenario's sender that the traffic bar did not know yet (the new cluster had not reported it). */
    private String pendingClient;

    /** {@code showSystemPods} draws kube-system's pods or not, as the View menu does. */
    public DocumentFiles(MainWindow window, Consumer<Boolean> showSystemPods) {
        this.window = window;
        this.showSystemPods = showSystemPods;
        recent.setOnShowing(e -> dropMissing());
        refreshRecent();
        window.parts().dispatcher().addView(s -> {
            if (pendingClient != null) {
                Platform.runLater(this::selectPendingClient); // after the traffic bar saw the state
            }
        });
    }

    /** The file the editor's text came from or went to last, or null. */
    public Path current() {
        return current;
    }

    public RecentFiles recentFiles() {
        return RecentFiles.parse(window.settings().text(RECENT, ""));
    }

    public Menu recentMenu() {
        return recent;
    }

    public void newText() {
        current = null;
        currentIsScenario = true;
        window.parts().editor().setText("");
        window.parts().session().applyText("");
        title();
    }

    public void open() {
        FileChooser c = FileChoosers.chooser(window.settings(), FileChoosers.WORK, text("files.chooser.openTitle"));
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(text("files.chooser.yaml"), "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter(text("files.chooser.all"), "*"));
        Path file = FileChoosers.chosen(window.settings(), FileChoosers.WORK, c.showOpenDialog(window.stage()));
        if (file != null) {
            open(file);
        }
    }

    /** Opens {@code file}: a scenario sets up its cluster and playback too; a manifest only fills the editor. */
    public boolean open(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                error(window.messages().format("files.open.tooBig", name, size / 1024 / 1024, MAX_BYTES / 1024 / 1024));
                return false;
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            error(window.messages().format("files.open.notUtf8", name));
            return false;
        } catch (IOException | RuntimeException e) {
            error(window.messages().format("files.open.cannotRead", file, e.getMessage()));
            return false;
        }
        ScenarioFile.Opened opened = ScenarioFile.read(name, text);
        if (opened.hasErrors()) {
            error(window.messages().format("files.open.badScenario", name, opened.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).limit(8).map(Diagnostic::format)
                    .collect(Collectors.joining("\n"))));
            return false;
        }
        if (opened.wrapped()) {
            apply(opened.scenario());
        } else {
            window.parts().editor().setText(text);
            window.parts().session().applyText(text);
        }
        remember(file, opened.wrapped());
        List<Diagnostic> warnings = opened.diagnostics();
        if (!warnings.isEmpty()) {
            window.showNotice(true, "files.open.warnings", name, warnings.get(0).format());
        } else if (opened.wrapped()) {
            window.showNotice(false, "files.open.openedScenario", name, opened.scenario().cluster().nodes().size());
        } else {
            window.showNotice(false, "files.open.opened", name);
        }
        return true;
    }

    public void save() {
        if (current == null) {
            saveAs();
        } else {
            saveTo(current, currentIsScenario);
        }
    }

    public void saveAs() {
        FileChooser c = FileChoosers.chooser(window.settings(), FileChoosers.WORK, text("files.chooser.saveTitle"));
        FileChooser.ExtensionFilter scenario = new FileChooser.ExtensionFilter(text("files.chooser.scenario"), "*.yaml");
        FileChooser.ExtensionFilter manifests = new FileChooser.ExtensionFilter(text("files.chooser.manifests"),
                "*.yaml", "*.yml");
        c.getExtensionFilters().addAll(scenario, manifests);
        c.setSelectedExtensionFilter(currentIsScenario ? scenario : manifests);
        c.setInitialFileName(current != null ? current.getFileName().toString() : text("files.chooser.newName"));
        File chosen = c.showSaveDialog(window.stage());
        Path file = FileChoosers.chosen(window.settings(), FileChoosers.WORK, chosen);
        if (file != null) {
            saveTo(FileChoosers.withExtension(file, "yaml"), c.getSelectedExtensionFilter() != manifests);
        }
    }

    /** Writes the work to {@code file}: a whole scenario, or only the editor's text. */
    public boolean saveTo(Path file, boolean asScenario) {
        String text = asScenario ? ScenarioFile.write(scenarioNow()) : window.parts().editor().getText();
        try {
            AtomicWrite.writeString(file, text);
        } catch (IOException e) {
            error(window.messages().format("files.save.cannotWrite", file, e.getMessage()));
            return false;
        }
        remember(file, asScenario);
        window.showNotice(false, "files.save.saved", file.getFileName().toString());
        return true;
    }

    /** What a scenario saved now holds: the editor's text, the cluster, the playback and the traffic bar's aim. */
    public Scenario scenarioNow() {
        var p = window.parts();
        return new Scenario(p.editor().getText(), window.topology(),
                new Scenario.Playback(p.clock().speed(), p.topology().isShowSystemPods()),
                new Scenario.Traffic(p.traffic().clientId(), p.traffic().targetText()));
    }

    /** Sets the window up as {@code s} says: a fresh cluster of its topology running its manifests. */
    void apply(Scenario s) {
        var p = window.parts();
        p.editor().setText(s.manifests());
        p.session().applyText(s.manifests());
        window.resetCluster(s.cluster());
        p.clock().setSpeed(s.playback().speed());
        showSystemPods.accept(s.playback().showSystemPods());
        if (!s.traffic().to().isEmpty()) {
            p.traffic().selectTarget(s.traffic().to());
        }
        pendingClient = s.traffic().from().isEmpty() ? null : s.traffic().from();
        selectPendingClient();
    }

    private void selectPendingClient() {
        if (pendingClient != null && window.parts().traffic().selectClient(pendingClient)) {
            pendingClient = null;
        }
    }

    private void remember(Path file, boolean scenario) {
        current = file.toAbsolutePath();
        currentIsScenario = scenario;
        storeRecent(recentFiles().add(file));
        title();
    }

    private void title() {
        window.stage().setTitle(current == null ? MainWindow.TITLE : current.getFileName() + " — " + MainWindow.TITLE);
    }

    // ---- Open Recent

    private void storeRecent(RecentFiles r) {
        window.settings().put(RECENT, r.stored());
        refreshRecent();
    }

    /** Files gone since they were opened leave the list, and the status line says which. */
    private void dropMissing() {
        RecentFiles r = recentFiles();
        List<Path> gone = r.missing(Files::isRegularFile);
        if (!gone.isEmpty()) {
            storeRecent(r.withoutMissing(Files::isRegularFile));
            window.showNotice(true, "files.recent.gone", gone.stream().map(p -> p.getFileName().toString())
                    .collect(Collectors.joining(", ")));
        }
    }

    /** Rebuilds the menu's items; also on a language switch, for the fixed entries. */
    public void refreshRecent() {
        List<Path> paths = recentFiles().paths();
        recent.getItems().clear();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(text("files.menu.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        String home = System.getProperty("user.home", "");
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            String folder = p.getParent() == null ? "" : p.getParent().toString();
            if (!home.isEmpty() && folder.startsWith(home)) {
                folder = "~" + folder.substring(home.length());
            }
            MenuItem item = new MenuItem((i + 1) + "  " + p.getFileName() + "   (" + folder + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openRecent(p));
            recent.getItems().add(item);
        }
        MenuItem clear = new MenuItem(text("files.menu.recent.clear"));
        clear.setOnAction(e -> storeRecent(RecentFiles.NONE));
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void openRecent(Path p) {
        if (!Files.isRegularFile(p)) {
            storeRecent(recentFiles().remove(p));
            window.showNotice(true, "files.recent.gone", p.getFileName().toString());
            return;
        }
        open(p);
    }

    // ---- drag and drop

    /** YAML files dropped anywhere on the window (the editor included) open as File ▸ Open does. */
    public void installDrop(Scene scene) {
        scene.getStylesheets().add(Dialogs.STYLESHEET);
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                dropMark(scene, true);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_EXITED_TARGET, e -> {
            if (e.getTarget() == scene.getRoot()) {
                dropMark(scene, false);
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            if (!board.hasFiles()) {
                return;
            }
            dropMark(scene, false);
            List<Path> yaml = board.getFiles().stream().map(File::toPath).filter(DocumentFiles::isYaml).toList();
            e.setDropCompleted(!yaml.isEmpty());
            e.consume();
            // After the gesture ends: an error dialog inside a drop handler can hang some platforms' drag loop.
            Platform.runLater(() -> dropped(yaml, board.getFiles().size()));
        });
    }

    void dropped(List<Path> yaml, int files) {
        if (yaml.isEmpty()) {
            window.showNotice(true, "files.drop.notYaml");
        } else if (open(yaml.get(0)) && files > 1) {
            window.showNotice(true, "files.drop.onlyFirst", yaml.get(0).getFileName().toString());
        }
    }

    private static void dropMark(Scene scene, boolean on) {
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("file-drop"), on);
        }
    }

    static boolean isYaml(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private String text(String key) {
        return window.messages().text(key);
    }

    private void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(window.stage());
        a.setHeaderText(null);
        a.show();
    }
}
