package io.kubetutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown of lesson texts (README.md, "Text"): paragraphs, bullet and numbered lists,
 * fenced code blocks, and inside them {@code *emphasis*}, {@code **strong**} and {@code `code`}.
 * The result is a plain model any view can render; nothing is ever refused (a marker that does not
 * close is text).
 */
public final class Markdown {
    private static final Pattern BULLET = Pattern.compile(" {0,3}- (.*)");
    private static final Pattern NUMBERED = Pattern.compile(" {0,3}([0-9]{1,3})\\. (.*)");
    private static final Pattern CONTINUATION = Pattern.compile(" {2,}(\\S.*)");

    private Markdown() {
    }

    /** A block of text. */
    public sealed interface Block permits Paragraph, BulletList, NumberedList, CodeBlock {
    }

    public record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    /** Items are runs of inlines. */
    public record BulletList(List<List<Inline>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** {@code start} is the number written on the first item. */
    public record NumberedList(int start, List<List<Inline>> items) implements Block {
        public NumberedList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** Shown as written, in a monospaced font; lines joined by {@code \n}. */
    public record CodeBlock(String text) implements Block {
    }

    /** A run of text with one style. */
    public sealed interface Inline permits Text, Emphasis, Strong, Code {
        String text();
    }

    public record Text(String text) implements Inline {
    }

    public record Emphasis(String text) implements Inline {
    }

    public record Strong(String text) implements Inline {
    }

    public record Code(String text) implements Inline {
    }

    /** Splits a lesson text into blocks. */
    public static List<Block> parse(String text) {
        return new BlockParser().parse(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static final class BlockParser {
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> paragraph = new ArrayList<>();
        private final List<StringBuilder> items = new ArrayList<>();
        private boolean numbered;
        private int start;

        List<Block> parse(String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String trimmed = line.strip();
                if (trimmed.startsWith("```")) {
                    flush();
                    int indent = line.indexOf('`');
                    List<String> code = new ArrayList<>();
                    i++;
                    while (i < lines.length && !lines[i].strip().startsWith("```")) {
                        code.add(dedent(lines[i], indent));
                        i++;
                    }
                    blocks.add(new CodeBlock(String.join("\n", code)));
                    continue;
                }
                if (trimmed.isEmpty()) {
                    flush();
                    continue;
                }
                Matcher bullet = BULLET.matcher(line);
                Matcher number = NUMBERED.matcher(line);
                if (bullet.matches()) {
                    item(false, 1, bullet.group(1));
                } else if (number.matches()) {
                    item(true, Integer.parseInt(number.group(1)), number.group(2));
                } else if (!items.isEmpty() && CONTINUATION.matcher(line).matches()) {
                    items.get(items.size() - 1).append(' ').append(trimmed);
                } else {
                    if (!items.isEmpty()) {
                        flush();
                    }
                    paragraph.add(trimmed);
                }
            }
            flush();
            return List.copyOf(blocks);
        }

        private void item(boolean isNumbered, int number, String first) {
            if (!paragraph.isEmpty() || (!items.isEmpty() && numbered != isNumbered)) {
                flush();
            }
            if (items.isEmpty()) {
                numbered = isNumbered;
                start = number;
            }
            items.add(new StringBuilder(first.strip()));
        }

        private void flush() {
            if (!paragraph.isEmpty()) {
                blocks.add(new Paragraph(inlines(String.join(" ", paragraph))));
                paragraph.clear();
            }
            if (!items.isEmpty()) {
                List<List<Inline>> parsed = items.stream().map(b -> inlines(b.toString())).toList();
                blocks.add(numbered ? new NumberedList(start, parsed) : new BulletList(parsed));
                items.clear();
            }
        }

        private static String dedent(String line, int indent) {
            int n = 0;
            while (n < indent && n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            return line.substring(n);
        }
    }

    /**
     * The inline runs of one paragraph or item. {@code `code`} is taken literally; {@code **strong**}
     * and {@code *emphasis*} open before a non-space and close after one; a backslash keeps the
     * next {@code *}, {@code `} or {@code \} as text.
     */
    public static List<Inline> inlines(String text) {
        List<Inline> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "*`\\".indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            int end;
            if (c == '`' && (end = text.indexOf('`', i + 1)) > i + 1) {
                add(out, plain, new Code(text.substring(i + 1, end)));
                i = end + 1;
            } else if (text.startsWith("**", i) && (end = closing(text, i + 2, "**")) > 0) {
                add(out, plain, new Strong(text.substring(i + 2, end)));
                i = end + 2;
            } else if (c == '*' && (end = closing(text, i + 1, "*")) > 0) {
                add(out, plain, new Emphasis(text.substring(i + 1, end)));
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!plain.isEmpty()) {
            out.add(new Text(plain.toString()));
        }
        return List.copyOf(out);
    }

    /** Where a marker opened at {@code from} closes: text must start and end with a non-space; -1 if it does not. */
    private static int closing(String text, int from, String marker) {
        if (from >= text.length() || Character.isWhitespace(text.charAt(from)) || text.startsWith(marker, from)) {
            return -1;
        }
        int end = text.indexOf(marker, from + 1);
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end = text.indexOf(marker, end + 1);
        }
        if (end > 0 && marker.equals("*") && text.startsWith("**", end)) {
            // "*a **b**" — a single star does not close on the first star of a double one.
            return -1;
        }
        return end;
    }

    private static void add(List<Inline> out, StringBuilder plain, Inline styled) {
        if (!plain.isEmpty()) {
            out.add(new Text(plain.toString()));
            plain.setLength(0);
        }
        out.add(styled);
    }
}
