package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's remembered layout survives a restart, and a broken file never stops a start. */
class WindowSettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedValuesAreReadBackOnTheNextStart() throws Exception {
        Path file = dir.resolve("sub/settings.properties");
        WindowSettings s = WindowSettings.load(file);
        s.put("split.main.0", 0.31);
        s.put("language", "ko");
        s.put("window.maximized", true);
        s.save();
        WindowSettings again = WindowSettings.load(file);
        assertEquals(0.31, again.number("split.main.0", 0.5));
        assertEquals("ko", again.text("language", ""));
        assertTrue(again.flag("window.maximized", false));
        assertNull(again.problem());
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temp file is left behind");
        }
    }

    @Test
    void aCorruptFileIsSetAsideAndTheDefaultsApply() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'});
        WindowSettings s = WindowSettings.load(file);
        assertNotNull(s.problem());
        assertEquals(0.27, s.number("split.main.0", 0.27));
        assertTrue(s.setAside().getFileName().toString().matches("settings\\.properties\\.corrupt-[0-9]{8}-[0-9]{6}"),
                s.setAside().toString());
        assertTrue(Files.exists(s.setAside()));
        assertTrue(!Files.exists(file), "the defaults are saved in a new file, not over the old one");
    }

    @Test
    void aSecondCorruptFileDoesNotOverwriteTheFirstOneSetAside() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {(byte) 0xc3, 0x28});
        Path first = WindowSettings.load(file).setAside();
        Files.write(file, new byte[] {(byte) 0xff});
        Path second = WindowSettings.load(file).setAside();
        assertNotNull(first);
        assertNotNull(second);
        assertTrue(!first.equals(second));
        assertEquals(2, Files.readAllBytes(first).length);
        assertEquals(1, Files.readAllBytes(second).length);
    }

    @Test
    void aValueThatIsNotANumberFallsBack() {
        WindowSettings s = WindowSettings.load(dir.resolve("none.properties"));
        s.put("window.width", "wide");
        assertEquals(1280, s.number("window.width", 1280));
        s.put("window.width", "NaN");
        assertEquals(1280, s.number("window.width", 1280));
    }
}
