package io.kubetutor.ui.files;

import io.kubetutor.ui.editor.YamlEditor;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.ui.shell.WindowSettings;

/**
 * The view settings remembered beside the window's layout: the editor's text size and the
 * playback speed, read back when the window opens and noted whenever they change (the settings
 * file is written when the window closes).
 */
public final class ViewMemory {
    static final String FONT_SIZE = "editor.fontSize";
    static final String SPEED = "playback.speed";

    private ViewMemory() {
    }

    public static void attach(WindowSettings settings, YamlEditor editor, PlaybackClock clock) {
        double size = settings.number(FONT_SIZE, YamlEditor.DEFAULT_FONT_SIZE);
        if (size >= 1 && size <= 200) {
            editor.fontSizeProperty().set((int) Math.round(size));
        }
        editor.fontSizeProperty().addListener((o, was, now) -> settings.put(FONT_SIZE, now.intValue()));
        clock.setSpeed(settings.number(SPEED, 1.0));
        clock.addListener(() -> settings.put(SPEED, clock.speed()));
    }
}
