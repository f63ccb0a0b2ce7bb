package io.kubetutor.lesson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of lessons: the {@code *.yaml} files directly in it are lessons; files below it may be
 * referred to by a lesson (a cluster file); nothing outside it may. The same code reads a folder on
 * disk ({@code lessons check DIR}) and the lessons bundled in the app's jar.
 */
public final class LessonFolder {
    /** Where the build puts the bundled lessons on the class path (pom.xml copies lessons/ there). */
    static final String BUNDLED = "/lessons";
    /** A file every lessons folder ships with, used to find the bundled folder inside the jar. */
    private static final String MARKER = "README.md";
    /** Larger files are refused before reading: a lesson is a few kilobytes. */
    private static final long MAX_BYTES = 1024 * 1024;

    private final Path root;
    private final String displayName;

    private LessonFolder(Path root, String displayName) {
        this.root = root.normalize();
        this.displayName = displayName;
    }

    /** The lessons in {@code dir}; messages name files as {@code dir/FILE}. */
    public static LessonFolder of(Path dir) {
        String shown = dir.toString();
        return new LessonFolder(dir.toAbsolutePath(), shown.endsWith("/") ? shown.substring(0, shown.length() - 1)
                : shown);
    }

    /** The lessons shipped inside the app; messages name files as {@code lessons/FILE}. */
    public static LessonFolder bundled() throws IOException {
        URL marker = LessonFolder.class.getResource(BUNDLED + "/" + MARKER);
        if (marker == null) {
            throw new IOException("the app holds no lessons (" + BUNDLED + "/" + MARKER + " is not on the class path)");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new LessonFolder(fs.getPath(BUNDLED), "lessons");
            }
            return new LessonFolder(Path.of(uri).getParent(), "lessons");
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("the bundled lessons cannot be read: " + e.getMessage(), e);
        }
    }

    /** How messages name a file of this folder. */
    public String display(String relative) {
        return displayName + "/" + relative;
    }

    /** The lesson files (names relative to the folder), sorted by name. */
    public List<String> lessonFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .forEach(p -> out.add(p.getFileName().toString()));
        }
        out.sort(null);
        return out;
    }

    /**
     * The path of {@code relative} inside this folder, or null when it leads outside (an absolute
     * path, or {@code ..} climbing above the folder).
     */
    Path inside(String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains(":")) {
            return null;
        }
        Path p = root.resolve(relative).normalize();
        return p.startsWith(root) && !p.equals(root) ? p : null;
    }

    /** The UTF-8 text of a file inside the folder; throws IOException with a message fit for a diagnostic. */
    String read(String relative) throws IOException {
        Path p = inside(relative);
        if (p == null) {
            throw new IOException("\"" + relative + "\" is outside the lessons folder");
        }
        if (!Files.isRegularFile(p)) {
            throw new IOException("there is no file \"" + relative + "\" in the lessons folder");
        }
        if (Files.size(p) > MAX_BYTES) {
            throw new IOException("\"" + relative + "\" is larger than 1 MiB; a lesson file is a few kilobytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(p)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("\"" + relative + "\" is not UTF-8 text");
        }
    }
}
