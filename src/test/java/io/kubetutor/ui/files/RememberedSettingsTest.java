package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kubetutor.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the window remembers beside its layout: the editor's text size, the speed, whether system pods are drawn. */
@ExtendWith(ApplicationExtension.class)
class RememberedSettingsTest {
    @TempDir
    Path data;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theRememberedViewSettingsApplyAtTheStartAndChangesAreNoted() throws Exception {
        Files.writeString(data.resolve("settings.properties"),
                "editor.fontSize=21\nplayback.speed=2.0\ntopology.systemPods=false\n");
        MainWindow w = FilesWindow.open(stage, data, Locale.ENGLISH);
        assertEquals(21, w.parts().editor().fontSizeProperty().get());
        assertEquals(2.0, w.parts().clock().speed());
        assertFalse(w.parts().topology().isShowSystemPods(), "the View menu's tick and the drawing agree");

        FilesWindow.run(() -> {
            w.parts().editor().zoomIn();
            w.parts().clock().slower();
        });
        assertEquals(22, w.settings().number(ViewMemory.FONT_SIZE, 0));
        assertEquals(1.0, w.settings().number(ViewMemory.SPEED, 0));
    }
}
