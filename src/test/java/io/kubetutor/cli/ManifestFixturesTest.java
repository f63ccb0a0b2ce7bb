package io.kubetutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture under src/test/resources/fixtures is a manifest whose leading comment says what
 * `validate` must print for it: {@code #> LINE:COL: severity: text} starts a diagnostic and
 * {@code #| more} continues its text on a new line. Invalid fixtures carry the API server's exact
 * messages (k8s-facts.md); valid ones (people's manifests) must print nothing but what they say.
 */
class ManifestFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/fixtures");

    static Stream<Path> invalid() throws IOException {
        return fixtures("invalid");
    }

    static Stream<Path> valid() throws IOException {
        return fixtures("valid");
    }

    private static Stream<Path> fixtures(String dir) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidManifestGetsTheApiServersMessageAtItsPlace(Path fixture) throws IOException {
        List<String> expected = expectations(fixture);
        assertFalse(expected.isEmpty(), "an invalid fixture must say what it expects");
        assertEquals(String.join("\n", expected), String.join("\n", actual(fixture)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void manifestAsPeopleWriteItLoadsWithoutFalseErrors(Path fixture) throws IOException {
        assertEquals(String.join("\n", expectations(fixture)), String.join("\n", actual(fixture)));
    }

    private static List<String> actual(Path fixture) {
        // Run from the fixture's folder so messages name the file as a user would type it.
        String name = fixture.getFileName().toString();
        List<Diagnostic> diagnostics = ValidateCommand.validate(ClusterTopology.defaults(),
                List.of(fixture.toString()), new PrintWriter(new StringWriter()));
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String text = d.pos().line() + ":" + d.pos().column() + ": " + d.severity().text() + ": "
                    + d.message().replace(fixture.toString(), name);
            lines.addAll(List.of(text.split("\n", -1)));
        }
        return lines;
    }

    private static List<String> expectations(Path fixture) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
            if (line.startsWith("#> ")) {
                out.add(line.substring(3));
            } else if (line.startsWith("#| ")) {
                out.add(line.substring(3));
            } else if (line.equals("#|")) {
                out.add("");
            }
        }
        return out;
    }
}
