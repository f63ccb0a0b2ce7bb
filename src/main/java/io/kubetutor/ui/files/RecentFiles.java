package io.kubetutor.ui.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * File ▸ Open Recent: the last {@value #MAX} files opened or saved, newest first, each once.
 * Kept in the settings as one value, a path per line. Immutable: every change gives a new list.
 */
public final class RecentFiles {
    public static final int MAX = 8;

    private final List<Path> paths;

    private RecentFiles(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    public static final RecentFiles NONE = new RecentFiles(List.of());

    /** The list as {@link #stored()} wrote it; lines that are not paths are skipped. */
    public static RecentFiles parse(String stored) {
        List<Path> out = new ArrayList<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Path p = Path.of(line).toAbsolutePath().normalize();
                    if (!out.contains(p) && out.size() < MAX) {
                        out.add(p);
                    }
                } catch (InvalidPathException e) {
                    // a path from another system: not offered
                }
            }
        }
        return new RecentFiles(out);
    }

    public List<Path> paths() {
        return paths;
    }

    /** {@code file} first, any earlier place of it removed, the oldest dropped beyond {@value #MAX}. */
    public RecentFiles add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>(paths);
        out.remove(p);
        out.add(0, p);
        return new RecentFiles(out.subList(0, Math.min(MAX, out.size())));
    }

    public RecentFiles remove(Path file) {
        List<Path> out = new ArrayList<>(paths);
        out.remove(file.toAbsolutePath().normalize());
        return new RecentFiles(out);
    }

    /** The files {@code exists} says are gone. */
    public List<Path> missing(Predicate<Path> exists) {
        return paths.stream().filter(exists.negate()).toList();
    }

    /** Without the files {@code exists} says are gone. */
    public RecentFiles withoutMissing(Predicate<Path> exists) {
        return new RecentFiles(paths.stream().filter(exists).toList());
    }

    /** The settings value: one path per line. */
    public String stored() {
        return String.join("\n", paths.stream().map(Path::toString).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecentFiles r && r.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }

    @Override
    public String toString() {
        return "RecentFiles" + paths;
    }
}
