package io.kubetutor.cli;

import io.kubetutor.manifest.topology.LoadedTopology;
import io.kubetutor.manifest.topology.TopologyLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reading the CLI's input files, with kubectl's messages for paths that cannot be read. */
final class Inputs {
    /** Files above this are refused before reading; the YAML reader's own limit is lower still. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private Inputs() {
    }

    static Optional<String> read(String file, PrintWriter err) {
        Path p = Path.of(file);
        try {
            if (Files.isDirectory(p)) {
                err.println("error: " + file + " is a directory; give the YAML files inside it");
                return Optional.empty();
            }
            if (Files.size(p) > MAX_FILE_BYTES) {
                err.println("error: " + file + " is larger than 64 MiB; it cannot be a manifest");
                return Optional.empty();
            }
            return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println("error: the path \"" + file + "\" does not exist");
        } catch (IOException | RuntimeException e) {
            // MalformedInputException among them: binary data is not YAML.
            err.println("error: " + file + ": cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }

    /** The default topology, or the cluster file's; empty (after printing why) when it has errors. */
    static Optional<ClusterTopology> topology(String clusterFile, PrintWriter err) {
        if (clusterFile == null) {
            return Optional.of(ClusterTopology.defaults());
        }
        Optional<String> text = read(clusterFile, err);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoadedTopology loaded = TopologyLoader.load(clusterFile, text.get());
        loaded.diagnostics().forEach(d -> err.println(d.format()));
        if (loaded.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return Optional.empty();
        }
        return Optional.of(loaded.topology());
    }
}
