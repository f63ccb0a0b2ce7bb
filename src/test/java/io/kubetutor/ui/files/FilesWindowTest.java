package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import io.kubetutor.scenario.Scenario;
import io.kubetutor.scenario.ScenarioFile;
import io.kubetutor.session.Topologies;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Scenarios, plain manifests, recent files and exports through the whole window: what a saved
 * scenario holds comes back with its cluster and playback, a plain manifest only fills the editor,
 * a file that went away leaves the recent list with a word, and the exports write what they say.
 */
@ExtendWith(ApplicationExtension.class)
class FilesWindowTest {
    static final String SHOP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}
            """;

    @TempDir
    Path data;
    @TempDir
    Path work;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(data.resolve("settings.properties"), "files.welcomeShown=true\n");
        window = FilesWindow.open(stage, data, Locale.ENGLISH);
    }

    @AfterEach
    void closeDialogs() {
        FilesWindow.closeDialogs();
    }

    private void showShop() {
        FilesWindow.run(() -> {
            window.parts().editor().setText(SHOP);
            window.parts().session().applyText(SHOP);
        });
        FilesWindow.waitForState(window, "two web pods", s -> s.snapshot().all(io.kubetutor.model.Pod.class).stream()
                .filter(p -> p.name().startsWith("web-")).count() == 2);
        long target = window.parts().dispatcher().latest().now() + 30_000;
        window.parts().session().advanceBy(30_000);
        FilesWindow.waitForState(window, "the pods ready", s -> s.now() >= target);
    }

    @Test
    void aSavedScenarioComesBackWithItsClusterAndPlayback() throws Exception {
        ClusterTopology five = Topologies.withNodes(ClusterTopology.defaults(), 5);
        FilesWindow.run(() -> {
            window.parts().editor().setText(SHOP);
            window.resetCluster(five);
            window.parts().clock().setSpeed(0.5);
            window.parts().traffic().selectTarget("http://192.168.1.6:30080/");
        });
        Path file = work.resolve("shop.yaml");
        assertTrue(FilesWindow.call(() -> window.documents().saveTo(file, true)));
        Scenario saved = ScenarioFile.read("shop.yaml", Files.readString(file)).scenario();
        assertEquals(SHOP, saved.manifests());
        assertEquals(five, saved.cluster());
        assertEquals(0.5, saved.playback().speed());
        assertEquals("http://192.168.1.6:30080/", saved.traffic().to());

        FilesWindow.run(() -> {
            window.parts().editor().setText("");
            window.resetCluster(ClusterTopology.defaults());
            window.parts().clock().setSpeed(2);
            window.parts().topology().setShowSystemPods(false);
        });
        assertTrue(FilesWindow.call(() -> window.documents().open(file)));
        assertEquals(SHOP, window.parts().editor().getText());
        assertEquals(five, window.topology());
        assertEquals(0.5, window.parts().clock().speed());
        assertTrue(window.parts().topology().isShowSystemPods());
        FilesWindow.waitForState(window, "the scenario's five nodes and its Service",
                s -> s.nodes().size() == 5 && s.snapshot().get(Service.class, "default", "web").isPresent());
        assertEquals("shop.yaml — Kube Service Tutor", window.stage().getTitle());
        assertEquals(file.toAbsolutePath(), window.documents().recentFiles().paths().get(0));
    }

    @Test
    void aPlainManifestOnlyFillsTheEditorAndSavesBackAsItWas() throws Exception {
        ClusterTopology two = Topologies.withNodes(ClusterTopology.defaults(), 2);
        FilesWindow.run(() -> window.resetCluster(two));
        Path file = Files.writeString(work.resolve("plain.yml"), SHOP);
        assertTrue(FilesWindow.call(() -> window.documents().open(file)));
        assertEquals(SHOP, window.parts().editor().getText());
        assertEquals(two, window.topology(), "a manifest brings no cluster: the one there stays");
        FilesWindow.run(() -> window.parts().editor().setText(SHOP + "# edited\n"));
        FilesWindow.run(() -> window.documents().save());
        assertEquals(SHOP + "# edited\n", Files.readString(file), "saved as the manifest it was, not as a scenario");
    }

    @Test
    void aScenarioWithABadClusterIsRefusedAndTheEditorKeepsItsText() throws Exception {
        FilesWindow.run(() -> window.parts().editor().setText("kind: Keep\n"));
        Path file = Files.writeString(work.resolve("bad.yaml"), "kubeServiceTutorScenario: 1\ncluster: {proxyMode: fast}\n"
                + "---\n" + SHOP);
        assertFalse(FilesWindow.call(() -> window.documents().open(file)));
        assertEquals("kind: Keep\n", window.parts().editor().getText());
    }

    @Test
    void aRecentFileThatWentAwayLeavesTheListWithAWord() throws Exception {
        Path kept = Files.writeString(work.resolve("kept.yaml"), SHOP);
        Path gone = Files.writeString(work.resolve("gone.yaml"), SHOP);
        FilesWindow.call(() -> window.documents().open(gone));
        FilesWindow.call(() -> window.documents().open(kept));
        assertEquals(List.of(kept.toAbsolutePath(), gone.toAbsolutePath()), window.documents().recentFiles().paths());
        Files.delete(gone);
        FilesWindow.run(() -> window.documents().recentMenu().getOnShowing().handle(null));
        assertEquals(List.of(kept.toAbsolutePath()), window.documents().recentFiles().paths());
        Label notice = (Label) window.stage().getScene().lookup("#status-notice");
        assertEquals("⚠ No longer there, so taken off the recent files: gone.yaml", notice.getText());
        assertEquals("1  kept.yaml   (" + work.toAbsolutePath().toString().replace(System.getProperty("user.home"), "~")
                + ")", window.documents().recentMenu().getItems().get(0).getText());
    }

    @Test
    void droppedFilesOpenTheFirstYamlAndSayWhenTheyAreNotYaml() throws Exception {
        Path yaml = Files.writeString(work.resolve("dropped.yaml"), SHOP);
        FilesWindow.run(() -> window.documents().dropped(List.of(yaml), 2));
        assertEquals(SHOP, window.parts().editor().getText());
        Label notice = (Label) window.stage().getScene().lookup("#status-notice");
        assertEquals("⚠ Opened dropped.yaml; one file opens at a time.", notice.getText());
        FilesWindow.run(() -> window.documents().dropped(List.of(), 1));
        assertEquals("⚠ Only YAML files (.yaml or .yml) open here.", notice.getText());
    }

    @Test
    void theTopologyExportIsAPngOfTheViewAtTwiceItsSize() throws Exception {
        showShop();
        window.parts().session().send("laptop", "http://192.168.1.2:30080/", RequestKind.CURL, 1);
        FilesWindow.waitUntil("a packet in flight", () -> window.parts().playback().inFlight() > 0);
        Path png = work.resolve("slides/topology.png");
        Exports exports = new Exports(window);
        FilesWindow.call(() -> {
            exports.writeTopologyPng(png);
            return null;
        });
        Bounds view = FilesWindow.call(() -> window.parts().topology().getLayoutBounds());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG a standard decoder reads");
        assertEquals((int) Math.ceil(view.getWidth() * 2), image.getWidth());
        assertEquals((int) Math.ceil(view.getHeight() * 2), image.getHeight());
        assertTrue(view.getWidth() > 200 && view.getHeight() > 200, view.toString());
        long colours = java.util.stream.IntStream.range(0, 200)
                .map(i -> image.getRGB(image.getWidth() * i / 200, image.getHeight() / 2)).distinct().count();
        assertTrue(colours > 3, "the topology is drawn, not an empty picture: " + colours + " colours across its middle");
    }

    @Test
    void theTraceAndBurstExportsWriteWhatTheWindowShows() throws Exception {
        showShop();
        Exports exports = new Exports(window);
        window.parts().session().send("laptop", "http://192.168.1.2:30080/", RequestKind.CURL, 1);
        FilesWindow.waitUntil("a traced request", () -> exports.traceToExport() != null);
        Path csv = work.resolve("trace.csv");
        Path text = work.resolve("trace.txt");
        FilesWindow.call(() -> {
            exports.writeTrace(csv, true);
            exports.writeTrace(text, false);
            return null;
        });
        assertTrue(Files.readString(csv).startsWith("\uFEFFrequest,hop,at,action,src,dst,reason\r\n1,1,laptop,"),
                Files.readString(csv));
        assertTrue(Files.readString(text).startsWith("curl http://192.168.1.2:30080/ from laptop\n"), Files.readString(text));

        window.parts().session().burst("laptop", "http://192.168.1.2:30080/", RequestKind.CURL, 100, false);
        FilesWindow.waitForState(window, "the burst", s -> s.burst() != null);
        Path burst = work.resolve("burst.csv");
        FilesWindow.call(() -> {
            exports.writeBurst(burst, true);
            return null;
        });
        List<String> rows = Files.readAllLines(burst);
        assertEquals("\uFEFFpod,node,count,percent", rows.get(0));
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertEquals(100, rows.stream().skip(1).mapToInt(r -> Integer.parseInt(r.split(",")[2])).sum());
        assertTrue(rows.get(1).matches("web-[a-z0-9]+-[a-z0-9]+,node[1-3],[0-9]+,[0-9]+"), rows.get(1));
    }

    @Test
    void theProgressExportListsTheCourse() throws Exception {
        Path json = work.resolve("progress.json");
        FilesWindow.call(() -> {
            new Exports(window).writeProgress(json, "Kim");
            return null;
        });
        String text = Files.readString(json);
        assertTrue(text.contains("\"learner\": \"Kim\""), text);
        assertTrue(text.contains("\"id\": \"" + window.course().get(0).id() + "\""), text);
    }
}
