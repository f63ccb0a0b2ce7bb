package io.kubetutor.cli;

import io.kubetutor.model.KubeObject;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.manifest.LoadedManifests;
import java.util.function.BiFunction;
import java.util.List;
import java.util.Comparator;
import java.util.ArrayList;
import io.kubetutor.manifest.topology.LoadedTopology;
import io.kubetutor.manifest.topology.TopologyLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.SourcePos;
import io.kubetutor.model.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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

    /** A file's text, or why it has none: a located diagnostic (not UTF-8) or a message already printed. */
    record Text(String text, Diagnostic problem) {
    }

    /**
     * Reads a file as kubectl would: missing paths get kubectl's message on stderr (empty
     * result); bytes that are not UTF-8 give a located diagnostic, since YAML is UTF-8 text.
     */
    static Optional<Text> read(String file, PrintWriter err) {
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
            return Optional.of(decode(file, Files.readAllBytes(p)));
        } catch (NoSuchFileException e) {
            err.println("error: the path \"" + file + "\" does not exist");
        } catch (IOException | RuntimeException e) {
            err.println("error: " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    private static Text decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new Text(out.flip().toString(), null);
        }
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        String message = String.format("the file is not UTF-8 text: byte 0x%02X cannot start a character; "
                + "manifests are UTF-8 YAML", bytes[in.position()] & 0xff);
        return new Text(null, Diagnostic.error(file, new SourcePos(line, column), message));
    }

    /** The default topology, or the cluster file's; empty (after printing why) when it has errors. */
    static Optional<ClusterTopology> topology(String clusterFile, PrintWriter err) {
        if (clusterFile == null) {
            return Optional.of(ClusterTopology.defaults());
        }
        Optional<Text> text = read(clusterFile, err);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().problem() != null) {
            err.println(text.get().problem().format());
            return Optional.empty();
        }
        LoadedTopology loaded = TopologyLoader.load(clusterFile, text.get().text());
        loaded.diagnostics().forEach(d -> err.println(d.format()));
        if (loaded.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return Optional.empty();
        }
        return Optional.of(loaded.topology());
    }

    /** What applying files in order gave: every diagnostic, each file's sorted by position, and the object count. */
    record Applied(List<Diagnostic> diagnostics, int objects) {
        boolean anyError() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    /**
     * Reads each file, loads its manifests and hands them to {@code apply} (which returns the apply's
     * diagnostics), in order, as {@code kubectl apply -f A -f B} does. Empty when a file cannot be
     * read (the reason is printed on {@code err}).
     */
    static Optional<Applied> applyInOrder(List<String> files, PrintWriter err,
                                          BiFunction<String, List<KubeObject>, List<Diagnostic>> apply) {
        List<Diagnostic> all = new ArrayList<>();
        int objects = 0;
        for (String file : files) {
            Optional<Text> text = read(file, err);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (text.get().problem() != null) {
                all.add(text.get().problem());
                continue;
            }
            LoadedManifests loaded = ManifestLoader.load(file, text.get().text());
            List<Diagnostic> ofFile = new ArrayList<>(loaded.diagnostics());
            objects += loaded.objects().size();
            if (!loaded.objects().isEmpty()) {
                ofFile.addAll(apply.apply(file, loaded.objects()));
            }
            ofFile.sort(Comparator.comparing(Diagnostic::pos));
            all.addAll(ofFile);
        }
        return Optional.of(new Applied(all, objects));
    }

    /** A fresh cluster with the files applied and settled, and whether any file had an error. */
    record Settled(io.kubetutor.sim.Cluster cluster, boolean anyError) {
    }

    /**
     * The cluster file's topology, a fresh cluster seeded with {@code seed}, the files applied in
     * order (their diagnostics printed on {@code err}) and the cluster let run until it settles (at
     * most {@code maxSettleMillis}). Empty when the cluster file or a manifest file cannot be read.
     */
    static Optional<Settled> settledCluster(String clusterFile, List<String> files, long seed, long maxSettleMillis,
                                            PrintWriter err) {
        Optional<io.kubetutor.model.ClusterTopology> topology = topology(clusterFile, err);
        if (topology.isEmpty()) {
            return Optional.empty();
        }
        io.kubetutor.sim.Cluster cluster = new io.kubetutor.sim.Cluster(topology.get(), seed);
        Optional<Applied> applied = applyInOrder(files, err,
                (file, objects) -> cluster.apply(file, objects, false).diagnostics());
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        applied.get().diagnostics().forEach(d -> err.println(d.format()));
        cluster.settle(maxSettleMillis);
        return Optional.of(new Settled(cluster, applied.get().anyError()));
    }
}
