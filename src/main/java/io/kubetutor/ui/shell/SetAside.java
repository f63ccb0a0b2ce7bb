package io.kubetutor.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moves a file the app cannot read (a damaged settings file or autosave) out of the way as
 * {@code NAME.corrupt-YYYYMMDD-HHMMSS}, kept for a look, so the app starts with its defaults
 * instead of failing, and never overwrites an earlier one.
 */
public final class SetAside {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SetAside() {
    }

    /** Moves {@code file} aside and returns where it went; null when it could not be moved (it is deleted then). */
    public static Path file(Path file, LocalDateTime now) {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(now);
        for (int n = 1; n < 100; n++) {
            Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(file, target);
                return target;
            } catch (IOException e) {
                break;
            }
        }
        try {
            // Cannot keep it: delete it rather than read it again at every start.
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The next save replaces it anyway.
        }
        return null;
    }
}
