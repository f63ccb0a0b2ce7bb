package io.kubetutor.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Texts that could freeze the editor or exhaust memory, each with the start of the message
 * {@code ManifestLoader.load} must give for it, or null when the text is within every limit and
 * must load as one object without errors.
 */
public enum HostileInput {
    /** A 5 MiB manifest, over the 3 MiB request-body limit. */
    FIVE_MEGABYTES("text refused: it is larger than 3,145,728 bytes") {
        @Override
        String text() {
            String typical = SampleManifests.typical() + "---\n";
            return typical.repeat(5 * 1024 * 1024 / typical.length() + 1);
        }
    },
    /** {@code - - - ... x}: 10,000 nested block sequences on one line. */
    DEEP_BLOCK("document refused: mappings and sequences nest more than 100 levels") {
        @Override
        String text() {
            return "- ".repeat(10_000) + "x\n";
        }
    },
    /** {@code [[[...]]]}: 10,000 nested flow sequences. */
    DEEP_FLOW("document refused: mappings and sequences nest more than 100 levels") {
        @Override
        String text() {
            return "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        }
    },
    /** Nine anchors, each a list of nine aliases to the one before: 9^9 (387 million) "lol"s. */
    BILLION_LAUGHS("document refused: it expands to more than 250,000 nodes") {
        @Override
        String text() {
            StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (char c = 'b'; c <= 'i'; c++) {
                b.append(c).append(": &").append(c).append(" [");
                for (int i = 0; i < 9; i++) {
                    b.append(i > 0 ? "," : "").append('*').append((char) (c - 1));
                }
                b.append("]\n");
            }
            return b.toString();
        }
    },
    /**
     * A ConfigMap of 100,000 lines (99,996 data keys; about 2.6 MB, 200,000 nodes): within every
     * limit, so it is read and decoded in full, the largest single document the reader accepts.
     */
    HUNDRED_THOUSAND_LINES(null) {
        @Override
        String text() {
            StringBuilder b = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n");
            for (int i = 0; i < 100_000 - 5; i++) {
                b.append("  key-").append(String.format("%06d", i)).append(": \"value ").append(i).append("\"\n");
            }
            return b.toString();
        }
    },
    /** A binary file opened as text: 1 MiB of random bytes read as UTF-8, NUL bytes among them. */
    BINARY_WITH_NUL_BYTES("binary data refused: a NUL character") {
        @Override
        String text() {
            byte[] bytes = new byte[1024 * 1024];
            new SplittableRandom(7).nextBytes(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    };

    /** The start of the error diagnostic expected, or null when the text must load cleanly. */
    final String refusal;

    HostileInput(String refusal) {
        this.refusal = refusal;
    }

    abstract String text();
}
