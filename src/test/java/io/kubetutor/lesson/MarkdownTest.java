package io.kubetutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.lesson.Markdown.BulletList;
import io.kubetutor.lesson.Markdown.Code;
import io.kubetutor.lesson.Markdown.CodeBlock;
import io.kubetutor.lesson.Markdown.Emphasis;
import io.kubetutor.lesson.Markdown.NumberedList;
import io.kubetutor.lesson.Markdown.Paragraph;
import io.kubetutor.lesson.Markdown.Strong;
import io.kubetutor.lesson.Markdown.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson texts' small Markdown: blocks and inline styles, and text that only looks like markup. */
class MarkdownTest {
    @Test
    void paragraphsAreSeparatedByBlankLinesAndTheirLinesJoined() {
        assertEquals(List.of(new Paragraph(List.of(new Text("one line and the next"))),
                new Paragraph(List.of(new Text("second")))), Markdown.parse("one line\nand the next\n\nsecond\n"));
    }

    @Test
    void emphasisStrongAndCodeAreInlineRuns() {
        assertEquals(List.of(new Text("a "), new Emphasis("Service"), new Text(" has "), new Strong("one"),
                new Text(" name: "), new Code("web.default.svc")), Markdown.inlines("a *Service* has **one** name: `web.default.svc`"));
    }

    @Test
    void codeIsTakenLiterallyEvenWithStarsInside() {
        assertEquals(List.of(new Code("*x*")), Markdown.inlines("`*x*`"));
    }

    @Test
    void markersThatDoNotCloseOrHugSpacesStayText() {
        assertEquals(List.of(new Text("2 * 3 * 4 and *open")), Markdown.inlines("2 * 3 * 4 and *open"));
        assertEquals(List.of(new Text("a `b")), Markdown.inlines("a `b"));
        assertEquals(List.of(new Text("*literal*")), Markdown.inlines("\\*literal\\*"));
    }

    @Test
    void bulletAndNumberedListsWithContinuationLines() {
        assertEquals(List.of(new Paragraph(List.of(new Text("Look:"))),
                new BulletList(List.of(List.of(new Text("first item that goes on")), List.of(new Code("second")))),
                new NumberedList(3, List.of(List.of(new Text("three")), List.of(new Text("four"))))),
                Markdown.parse("Look:\n- first item\n  that goes on\n- `second`\n\n3. three\n4. four\n"));
    }

    @Test
    void fencedCodeKeepsItsLinesAsWritten() {
        assertEquals(List.of(new Paragraph(List.of(new Text("Run"))),
                new CodeBlock("kubectl get svc\n  -o wide *not emphasis*"), new Paragraph(List.of(new Text("done")))),
                Markdown.parse("Run\n```\nkubectl get svc\n  -o wide *not emphasis*\n```\ndone"));
    }

    @Test
    void aListEndsAtAnUnindentedLine() {
        assertEquals(List.of(new BulletList(List.of(List.of(new Text("item")))), new Paragraph(List.of(new Text("after")))),
                Markdown.parse("- item\nafter"));
    }
}
