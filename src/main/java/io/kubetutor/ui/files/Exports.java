package io.kubetutor.ui.files;

import io.kubetutor.export.Png;
import io.kubetutor.export.ProgressReport;
import io.kubetutor.export.TraceExport;
import io.kubetutor.lesson.ProgressStore;
import io.kubetutor.session.HopRef;
import io.kubetutor.session.SessionState;
import io.kubetutor.sim.net.Burst;
import io.kubetutor.sim.net.Reason;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.ReasonWords;
import io.kubetutor.ui.shell.AtomicWrite;
import io.kubetutor.ui.shell.MainWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;

/**
 * File ▸ Export: the topology as a PNG for slides (what the view shows, the packet in flight
 * included, at twice the screen's resolution), the selected or last request's trace as text or
 * CSV, the last burst as text or CSV, and the lesson progress as JSON for the teacher. Each
 * {@code write...(Path)} does the work without a chooser, for tests and scripts.
 */
public final class Exports {
    /** Pictures are drawn at twice the screen's size: sharp on a slide, still a few hundred KB. */
    public static final double PNG_SCALE = 2;
    static final String LEARNER = "files.learnerName";

    private final MainWindow window;
    private Trace lastTrace;

    public Exports(MainWindow window) {
        this.window = window;
        window.parts().dispatcher().addView(this::note);
    }

    private void note(SessionState s) {
        if (!s.newTraces().isEmpty()) {
            lastTrace = s.newTraces().get(s.newTraces().size() - 1);
        }
    }

    // ---- the menu's entries: a chooser, then the write

    public void topologyPng() {
        Path f = choose("files.chooser.png", "png", "topology.png");
        if (f != null) {
            report(f, () -> writeTopologyPng(f));
        }
    }

    public void traceText() {
        trace(false);
    }

    public void traceCsv() {
        trace(true);
    }

    private void trace(boolean csv) {
        if (traceToExport() == null) {
            tell("files.export.noTrace");
            return;
        }
        Path f = choose(csv ? "files.chooser.csv" : "files.chooser.text", csv ? "csv" : "txt", csv ? "trace.csv" : "trace.txt");
        if (f != null) {
            report(f, () -> writeTrace(f, csv));
        }
    }

    public void burstText() {
        burst(false);
    }

    public void burstCsv() {
        burst(true);
    }

    private void burst(boolean csv) {
        if (lastBurst() == null) {
            tell("files.export.noBurst");
            return;
        }
        Path f = choose(csv ? "files.chooser.csv" : "files.chooser.text", csv ? "csv" : "txt", csv ? "burst.csv" : "burst.txt");
        if (f != null) {
            report(f, () -> writeBurst(f, csv));
        }
    }

    public void progressJson() {
        Messages m = window.messages();
        TextInputDialog ask = new TextInputDialog(window.settings().text(LEARNER, ""));
        ask.initOwner(window.stage());
        ask.setTitle(m.text("files.export.learnerTitle"));
        ask.setHeaderText(m.text("files.export.learnerHeader"));
        ask.setContentText(m.text("files.export.learnerPrompt"));
        Optional<String> name = ask.showAndWait();
        if (name.isEmpty()) {
            return;
        }
        String learner = name.get().strip();
        window.settings().put(LEARNER, learner);
        String file = learner.isEmpty() ? "lesson-progress.json"
                : "lesson-progress-" + learner.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".json";
        Path f = choose("files.chooser.json", "json", file);
        if (f != null) {
            report(f, () -> writeProgress(f, learner));
        }
    }

    // ---- the writes

    /** The topology as shown, at {@link #PNG_SCALE}, as a PNG in {@code file}. */
    public void writeTopologyPng(Path file) throws IOException {
        WritableImage image = snapshot(window.parts().topology(), PNG_SCALE);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        AtomicWrite.writeBytes(file, Png.encode(w, h, argb, PNG_SCALE));
    }

    /** {@code node} drawn at {@code scale}: its whole visible area, rounded up to whole pixels. */
    static WritableImage snapshot(Node node, double scale) {
        Bounds b = node.getLayoutBounds();
        int w = Math.max(1, (int) Math.ceil(b.getWidth() * scale));
        int h = Math.max(1, (int) Math.ceil(b.getHeight() * scale));
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setViewport(new javafx.geometry.Rectangle2D(b.getMinX() * scale, b.getMinY() * scale, w, h));
        return node.snapshot(p, new WritableImage(w, h));
    }

    /** The selected or last request's trace, as text or CSV, its reasons in the window's language. */
    public void writeTrace(Path file, boolean csv) throws IOException {
        Trace t = traceToExport();
        if (t == null) {
            throw new IOException(window.messages().text("files.export.noTrace"));
        }
        Messages m = window.messages();
        Function<Reason, String> words = r -> ReasonWords.text(r, m);
        AtomicWrite.writeString(file, csv ? TraceExport.csv(List.of(t), words) : TraceExport.text(List.of(t), words));
    }

    public void writeBurst(Path file, boolean csv) throws IOException {
        Burst b = lastBurst();
        if (b == null) {
            throw new IOException(window.messages().text("files.export.noBurst"));
        }
        AtomicWrite.writeString(file, csv ? BurstExport.csv(b) : BurstExport.text(b, window.messages()));
    }

    /** The lesson progress kept in the data folder, for the course, as the teacher's JSON. */
    public void writeProgress(Path file, String learner) throws IOException {
        Path data = window.settings().file().toAbsolutePath().getParent();
        String json = ProgressReport.json(window.course(), ProgressStore.open(data), window.messages().locale()
                .getLanguage(), learner, Instant.now(), AppVersion.app());
        AtomicWrite.writeString(file, json);
    }

    /** The trace picked in the event log, else the one the packets are playing, else the last one sent. */
    Trace traceToExport() {
        HopRef picked = window.parts().eventLog().selectedHopProperty().get();
        if (picked != null) {
            return picked.trace();
        }
        HopRef playing = window.parts().playback().current();
        return playing != null ? playing.trace() : lastTrace;
    }

    private Burst lastBurst() {
        SessionState s = window.parts().dispatcher().latest();
        return s == null ? null : s.burst();
    }

    // ---- helpers

    private interface Write {
        void run() throws IOException;
    }

    private void report(Path file, Write write) {
        try {
            write.run();
            window.showNotice(false, "files.export.saved", file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, window.messages().format("files.export.failed", file,
                    String.valueOf(e.getMessage())));
            a.initOwner(window.stage());
            a.setHeaderText(null);
            a.show();
        }
    }

    private Path choose(String filterKey, String extension, String initialName) {
        FileChooser c = FileChoosers.chooser(window.settings(), FileChoosers.EXPORT, window.messages()
                .text("files.chooser.exportTitle"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(window.messages().text(filterKey), "*." + extension));
        c.setInitialFileName(initialName);
        Path f = FileChoosers.chosen(window.settings(), FileChoosers.EXPORT, c.showSaveDialog(window.stage()));
        return f == null ? null : FileChoosers.withExtension(f, extension);
    }

    private void tell(String key) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, window.messages().text(key));
        a.initOwner(window.stage());
        a.setHeaderText(null);
        a.show();
    }
}
