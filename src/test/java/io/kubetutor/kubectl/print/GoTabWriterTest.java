package io.kubetutor.kubectl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each expected string is what Go's text/tabwriter prints for the same input and settings. */
class GoTabWriterTest {

    private static String run(int minwidth, int padding, String... flushedParts) {
        GoTabWriter w = new GoTabWriter(minwidth, padding);
        for (int i = 0; i < flushedParts.length; i++) {
            if (i > 0) {
                w.flush();
            }
            w.write(flushedParts[i]);
        }
        return w.text();
    }

    @Test
    void theTextAfterTheLastTabIsNeverPaddedButColumnsGetAtLeastMinwidth() {
        assertEquals("a     b\n", run(6, 3, "a\tb\n"));
    }

    @Test
    void aLineWithoutTabsEndsEveryColumnBlock() {
        assertEquals("aaaa  x\nsplit\nb  y\n", run(0, 2, "aaaa\tx\nsplit\nb\ty\n"));
    }

    @Test
    void emptyCellsArePaddedSoContinuationLinesLineUp() {
        assertEquals("Labels:  a=b\n         c=d\nName:    n\n", run(0, 2, "Labels:\ta=b\n\tc=d\nName:\tn\n"));
    }

    @Test
    void widthIsCountedInRunesNotBytes() {
        assertEquals("ü   x\nab  y\n", run(0, 2, "ü\tx\nab\ty\n"));
    }

    @Test
    void aLaterColumnIsAlignedOnlyAcrossTheLinesThatHaveIt() {
        assertEquals("a    bb  c\nddd  e\nf    g  h\n", run(0, 2, "a\tbb\tc\nddd\te\nf\tg\th\n"));
    }

    @Test
    void flushingStartsTheAlignmentAfresh() {
        assertEquals("long-key  v\nk  v\n", run(0, 2, "long-key\tv\n", "k\tv\n"));
    }

    @Test
    void anUnterminatedLastLineIsWrittenWithoutANewline() {
        assertEquals("a  b", run(0, 2, "a\tb"));
    }

    @Test
    void consecutiveEmptyCellsEachTakeTheColumnWidth() {
        assertEquals("x              y\nlonger         z\n", run(6, 3, "x\t\ty\nlonger\t\tz\n"));
    }
}
