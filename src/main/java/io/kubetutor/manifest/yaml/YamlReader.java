package io.kubetutor.manifest.yaml;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML text the way {@code kubectl apply -f} does, keeping where everything was written.
 *
 * <p>The text is split into documents as kubectl's reader splits it ({@link DocumentSplitter}),
 * each document is parsed on its own (a broken one does not stop the others), scalars are typed
 * as Kubernetes' YAML-to-JSON conversion types them ({@link ScalarResolver}), anchors, aliases and
 * merge keys are expanded as go-yaml v2 expands them ({@link TreeBuilder}), and a syntax error
 * becomes the document's error with the text kubectl prints after {@code error parsing FILE: }
 * ({@link GoYamlErrors}). Positions are 1-based lines (split at {@code \n}) and columns (Unicode
 * code points) in the whole text; a node written with an anchor or a tag starts at the anchor or
 * tag, an empty value just after its colon.
 *
 * <p>Hostile input is refused quickly with a located message that names the limit (see
 * {@link ReadLimits}): a text over {@code maxBytes} before anything is parsed, a text holding a NUL
 * character as binary data, a text of too many documents, and per document too deep a nesting, too
 * many nodes or aliases. Other
 * control characters get kubectl's own {@code yaml: control characters are not allowed}. No
 * exception leaves {@link #read}: anything unexpected, a StackOverflowError included, becomes a
 * located diagnostic.
 */
public final class YamlReader {
    private YamlReader() {
    }

    public static YamlText read(String file, String text, ReadLimits limits) {
        try {
            return readText(file, text == null ? "" : text, limits == null ? ReadLimits.DEFAULT : limits);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new YamlText(List.of(), List.of(Diagnostic.error(file, SourcePos.START, failure(e))));
        }
    }

    /** The offset of the first character past {@code max} on its line, or -1 when every line fits. */
    static int firstLineLongerThan(String text, int max) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int stop = end < 0 ? text.length() : end;
            if (stop - lineStart > max) {
                return lineStart + max;
            }
            lineStart = stop + 1;
        }
        return -1;
    }

    private static YamlText readText(String file, String text, ReadLimits limits) {
        if (utf8Length(text, limits.maxBytes()) > limits.maxBytes()) {
            return refused(file, SourcePos.START, String.format(Locale.ROOT, "text refused: it is larger than "
                    + "%,d bytes (3 MiB), the kube-apiserver's own limit on a request body, so nothing this large "
                    + "could be applied to a real cluster", limits.maxBytes()));
        }
        TextPositions positions = new TextPositions(text);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            SourcePos at = positions.at(nul);
            return refused(file, at, "binary data refused: a NUL character at line " + at.line() + ", column "
                    + at.column() + " shows this is not a text file; kubectl refuses it too ("
                    + GoYamlErrors.message("control characters are not allowed") + ")");
        }
        int longLine = firstLineLongerThan(text, limits.maxLineLength());
        if (longLine >= 0) {
            SourcePos at = positions.at(longLine);
            return refused(file, at, String.format(Locale.ROOT, "text refused: line %d is longer than %,d characters "
                    + "(the limit); no Kubernetes value needs that much (a ConfigMap holds at most 1 MiB in all), and "
                    + "one enormous token would keep the reader busy for seconds", at.line(), limits.maxLineLength()));
        }
        List<DocumentSplitter.Chunk> chunks = DocumentSplitter.split(text);
        if (chunks.size() > limits.maxDocuments()) {
            return refused(file, positions.at(chunks.get(limits.maxDocuments()).start()), String.format(Locale.ROOT,
                    "text refused: it holds more than %,d YAML documents (the limit); a whole Helm chart rendered "
                    + "into one file holds a few hundred, and the limit keeps a hostile file from keeping the "
                    + "reader busy", limits.maxDocuments()));
        }
        List<YDocument> documents = new ArrayList<>();
        for (DocumentSplitter.Chunk chunk : chunks) {
            documents.add(readDocument(file, text, positions, chunk, documents.size(), limits));
        }
        return new YamlText(documents, List.of());
    }

    private static YDocument readDocument(String file, String text, TextPositions positions, DocumentSplitter.Chunk chunk,
                                          int index, ReadLimits limits) {
        SourcePos start = positions.at(chunk.start());
        if (chunk.separatorError() != null) {
            return failed(index, start, file, positions.at(chunk.separatorErrorOffset()), chunk.separatorError());
        }
        // kubectl's line reader ends every line, the last one too, with a newline
        String body = text.substring(chunk.start(), chunk.parseEnd());
        if (!body.endsWith("\n")) {
            body += "\n";
        }
        int control = firstControlCharacter(body);
        if (control >= 0) {
            return failed(index, start, file, positions.at(chunk.start() + control),
                    GoYamlErrors.message("control characters are not allowed"));
        }
        TabPolicy tabs = body.indexOf('\t') >= 0 ? TabPolicy.of(body) : null;
        String parsed = tabs == null ? body : tabs.text();
        CodePoints codePoints = new CodePoints(parsed);
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(parsed), loaderOptions(limits));
            YNode root = TreeBuilder.build(parser, limits,
                    mark -> positions.at(chunk.start() + codePoints.charIndex(mark.getIndex())));
            return new YDocument(index, start, root, null);
        } catch (ReadFailure f) {
            return failed(index, start, file, f.pos(), f.getMessage());
        } catch (MarkedYAMLException e) {
            Mark problemMark = e.getProblemMark();
            int problemOffset = problemMark == null ? 0 : codePoints.charIndex(problemMark.getIndex());
            GoYamlErrors.Problem problem = GoYamlErrors.translate(e, tabs, problemOffset);
            Mark context = e.getContextMark();
            Mark at = problem != null && problem.atContext() && context != null ? context : problemMark;
            int contentEnd = contentEnd(parsed);
            int offset = at == null ? 0 : codePoints.charIndex(at.getIndex());
            if (offset >= contentEnd) {
                // a problem found at the end of the stream is best shown where the unfinished thing began
                boolean contextInside = context != null && codePoints.charIndex(context.getIndex()) < contentEnd;
                offset = contextInside ? codePoints.charIndex(context.getIndex()) : contentEnd;
            }
            SourcePos pos = positions.at(chunk.start() + offset);
            String message = problem != null ? GoYamlErrors.message(e, problem.text())
                    : "cannot read this YAML: " + describe(e) + " (SnakeYAML's words: the tutor does not know "
                    + "how kubectl words this error)";
            return failed(index, start, file, pos, message);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(index, start, file, start, failure(e));
        }
    }

    /** The index just after the last character that is not a blank or a line break. */
    private static int contentEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static LoaderOptions loaderOptions(ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        // our own byte limit already bounds the text; SnakeYAML's must not cut in first
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 2));
        return options;
    }

    /** Where libyaml's reader would stop with "control characters are not allowed", or -1. */
    static int firstControlCharacter(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean allowed = c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The UTF-8 length of {@code s}, or Long.MAX_VALUE as soon as it is known to pass {@code limit}. */
    private static long utf8Length(String s, long limit) {
        if (s.length() > limit) {
            return Long.MAX_VALUE; // every char is at least one byte
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static YamlText refused(String file, SourcePos pos, String message) {
        return new YamlText(List.of(), List.of(Diagnostic.error(file, pos, message)));
    }

    private static YDocument failed(int index, SourcePos start, String file, SourcePos pos, String message) {
        return new YDocument(index, start, null, Diagnostic.error(file, pos, message));
    }

    private static String describe(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        return context + (e.getProblem() == null ? e.getMessage() : e.getProblem());
    }

    private static String failure(Throwable e) {
        return "the YAML reader failed on this text (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it";
    }

    /** SnakeYAML marks count code points; this maps them back to char indexes of the same text. */
    private static final class CodePoints {
        private final int[] charIndex;

        CodePoints(String s) {
            if (s.codePointCount(0, s.length()) == s.length()) {
                charIndex = null;
                return;
            }
            charIndex = new int[s.codePointCount(0, s.length()) + 1];
            int cp = 0;
            for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                charIndex[cp++] = i;
            }
            charIndex[cp] = s.length();
        }

        int charIndex(int codePointIndex) {
            if (charIndex == null) {
                return codePointIndex;
            }
            return charIndex[Math.max(0, Math.min(codePointIndex, charIndex.length - 1))];
        }
    }
}
