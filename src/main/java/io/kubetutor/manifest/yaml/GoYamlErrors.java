package io.kubetutor.manifest.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * Words SnakeYAML's syntax errors as kubectl prints them. SnakeYAML descends from PyYAML, which
 * was written after libyaml, so its scanner and parser fail at the same places with the same
 * marks, only with other words; go-yaml v2 is libyaml translated to Go. kubectl shows
 * {@code error converting YAML to JSON: yaml: line N: <libyaml problem>} (sigs.k8s.io/yaml wraps
 * go-yaml's error), where go-yaml v2's {@code parser.fail()} picks N from libyaml's 0-based marks:
 * the problem mark's line, plus one for scanner errors only (parser errors thus name the line
 * before the problem), or the context mark's line when the problem is on the first line, and no
 * {@code line N: } at all when that is 0 too. Lines count from the document's first line.
 */
final class GoYamlErrors {
    private GoYamlErrors() {
    }

    static final String PREFIX = "error converting YAML to JSON: yaml: ";

    /** A translated problem: libyaml's words, and whether to locate it at the context mark. */
    record Problem(String text, boolean atContext) {
    }

    /** kubectl's text for a go-yaml error with no line (decoder errors, reader errors). */
    static String message(String problem) {
        return PREFIX + problem;
    }

    /** kubectl's text for a syntax error SnakeYAML reported as {@code e}, worded {@code problem}. */
    static String message(MarkedYAMLException e, String problem) {
        int line = goYamlLine(e instanceof ScannerException, e.getProblemMark(), e.getContextMark());
        return PREFIX + (line != 0 ? "line " + line + ": " : "") + problem;
    }

    /** kubectl's text for a libyaml scanner error found at 0-based line {@code line} of the document. */
    static String scannerMessage(int line, String problem) {
        return PREFIX + (line != 0 ? "line " + (line + 1) + ": " : "") + problem;
    }

    /** go-yaml v2 parser.fail(): which line number its error names. */
    static int goYamlLine(boolean scannerError, Mark problem, Mark context) {
        if (problem != null && problem.getLine() != 0) {
            return problem.getLine() + (scannerError ? 1 : 0);
        }
        return context != null ? context.getLine() : 0;
    }

    /**
     * libyaml's words for SnakeYAML's problem, or null when there is no faithful translation.
     * {@code tabs} (null when the text has no tab) decides which message a refused tab gets;
     * {@code problemOffset} is where the problem is in the text {@code tabs} read.
     */
    static Problem translate(MarkedYAMLException e, TabPolicy tabs, int problemOffset) {
        String p = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (e instanceof ScannerException) {
            return scannerProblem(p, context, e, tabs, problemOffset);
        }
        if (e instanceof ParserException) {
            return parserProblem(p, context);
        }
        return null;
    }

    private static Problem scannerProblem(String p, String context, MarkedYAMLException e, TabPolicy tabs, int offset) {
        if (p.startsWith("found character '") && p.contains("that cannot start any token")) {
            if (p.startsWith("found character '\\t") && tabs != null) { // SnakeYAML writes the tab as \t
                return at(tabs.diagnose(offset).libyamlText);
            }
            return at("found character that cannot start any token");
        }
        if (p.equals("could not find expected ':'")) {
            return new Problem(p, true); // the key that lacks its ':' is where the learner must look
        }
        if (p.equals("found unexpected end of stream")) {
            return new Problem(p, true); // point at the quote that was never closed
        }
        if (context.equals("while scanning an anchor") || context.equals("while scanning an alias")) {
            return at("did not find expected alphabetic or numeric character");
        }
        if (context.equals("while scanning a directive") && p.startsWith("expected alphabetic or numeric character")) {
            boolean nameMissing = e.getProblemMark() != null && e.getProblemMark().getColumn() == 1;
            return at(nameMissing ? "could not find expected directive name" : "found unexpected non-alphabetical character");
        }
        return at(switch (firstWords(p)) {
            case "sequence entries are not allowed here" -> "block sequence entries are not allowed in this context";
            case "mapping keys are not allowed here" -> "mapping keys are not allowed in this context";
            case "mapping values are not allowed here" -> "mapping values are not allowed in this context";
            case "found unexpected document separator" -> "found unexpected document indicator";
            case "found unknown escape character" -> "found unknown escape character";
            case "expected escape sequence of" -> "did not find expected hexdecimal number";
            case "expected indentation indicator in the range 1-9" -> "found an indentation indicator equal to 0";
            case "expected chomping or indentation indicators", "expected a comment or a line break" ->
                    "did not find expected comment or line break";
            case "expected '>'" -> "did not find the expected '>'";
            case "expected '!'" -> "did not find expected '!'";
            case "expected ' '" -> context.equals("while scanning a tag")
                    ? "did not find expected whitespace or line break" : null;
            case "expected URI" -> "did not find expected tag URI";
            case "expected URI escape sequence of 2 hexadecimal numbers" -> "did not find URI escaped octet";
            default -> null;
        });
    }

    private static Problem parserProblem(String p, String context) {
        if (p.startsWith("found undefined tag handle")) {
            return at("found undefined tag handle"); // SnakeYAML adds the handle
        }
        if (p.startsWith("expected <block end>")) {
            if (context.equals("while parsing a block mapping")) {
                return at("did not find expected key");
            }
            if (context.equals("while parsing a block collection")) {
                return at("did not find expected '-' indicator");
            }
            return null;
        }
        return at(switch (firstWords(p)) {
            case "expected the node content" -> "did not find expected node content";
            case "expected ',' or ']'" -> "did not find expected ',' or ']'";
            case "expected ',' or '}'" -> "did not find expected ',' or '}'";
            case "expected '<document start>'" -> "did not find expected <document start>";
            case "found duplicate YAML directive" -> "found duplicate %YAML directive";
            case "found incompatible YAML document" -> "found incompatible YAML document";
            case "duplicate tag handle" -> "found duplicate %TAG directive";
            default -> null;
        });
    }

    /** SnakeYAML's problem without what it found: the text before ", but found", ", but got" or " (". */
    private static String firstWords(String p) {
        String s = p;
        for (String cut : new String[] {", but found", ", but got", " but found", "(" }) {
            int i = s.indexOf(cut);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        s = s.strip();
        if (s.startsWith("found unknown escape character")) {
            return "found unknown escape character";
        }
        if (s.startsWith("expected escape sequence of")) {
            return "expected escape sequence of";
        }
        return s;
    }

    private static Problem at(String text) {
        return text == null ? null : new Problem(text, false);
    }
}
