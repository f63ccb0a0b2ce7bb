package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * client-go's util/jsonpath parser: text outside braces, and inside them fields ({@code .a},
 * {@code ['a.b']}), array selections ({@code [0]}, {@code [-1]}, {@code [1:3]}, {@code [*]},
 * {@code []}), unions ({@code [0,2]}), filters ({@code [?(@.name=="web")]}), recursive descent
 * ({@code ..}), string, number and boolean literals, and the {@code range} / {@code end}
 * identifiers, with the parser's own error texts.
 */
final class JsonPathParser {
    sealed interface Node permits ListNode, Text, Field, Array, Filter, IntLit, FloatLit, BoolLit, Wildcard,
            Recursive, Union, Identifier {
    }

    record ListNode(List<Node> nodes) implements Node {
    }

    record Text(String text) implements Node {
    }

    record Field(String name) implements Node {
    }

    /** One slice parameter: whether it was given, its value, and whether it was derived from the start. */
    record Param(boolean known, int value, boolean derived) {
    }

    record Array(Param start, Param end, Param step) implements Node {
    }

    record Filter(ListNode left, ListNode right, String operator) implements Node {
    }

    record IntLit(long value) implements Node {
    }

    record FloatLit(double value) implements Node {
    }

    record BoolLit(boolean value) implements Node {
    }

    record Wildcard() implements Node {
    }

    record Recursive() implements Node {
    }

    record Union(List<ListNode> branches) implements Node {
    }

    record Identifier(String name) implements Node {
    }

    /** A template the parser refused; the message is the parser's. */
    static final class ParseError extends Exception {
        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    private static final int EOF = -1;
    private static final Pattern DICT_KEY = Pattern.compile("^'([^']*)'$");
    private static final Pattern SLICE = Pattern.compile("^(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?$");
    private static final Pattern COMPARISON = Pattern.compile("^([^!<>=]+)([!<>=]+)(.+?)$");

    private final String input;
    private final List<Node> root = new ArrayList<>();
    private int pos;
    private int start;
    private int width;

    private JsonPathParser(String input) {
        this.input = input;
    }

    /** The template's top-level nodes: text, and one ListNode per {@code {...}} action. */
    static List<Node> parse(String template) throws ParseError {
        JsonPathParser p = new JsonPathParser(template);
        p.parseText();
        return p.root;
    }

    /** parseAction: the expression parsed as if it stood inside braces. */
    private static ListNode action(String text) throws ParseError {
        return (ListNode) parse("{" + text + "}").get(0);
    }

    private String consume() {
        String value = input.substring(start, pos);
        start = pos;
        return value;
    }

    private int next() {
        if (pos >= input.length()) {
            width = 0;
            return EOF;
        }
        int r = input.codePointAt(pos);
        width = Character.charCount(r);
        pos += width;
        return r;
    }

    private int peek() {
        int r = next();
        pos -= width;
        return r;
    }

    private void backup() {
        pos -= width;
    }

    private void parseText() throws ParseError {
        while (true) {
            if (input.startsWith("{", pos)) {
                if (pos > start) {
                    root.add(new Text(consume()));
                }
                pos++;
                consume();
                ListNode action = new ListNode(new ArrayList<>());
                root.add(action);
                parseInside(action);
                return;
            }
            if (next() == EOF) {
                break;
            }
        }
        if (pos > start) {
            root.add(new Text(consume()));
        }
    }

    private void parseInside(ListNode cur) throws ParseError {
        while (true) {
            if (input.startsWith("}", pos)) {
                pos++;
                consume();
                parseText();
                return;
            }
            if (input.startsWith("[?(", pos)) {
                parseFilter(cur);
                continue;
            }
            if (input.startsWith("..", pos)) {
                parseRecursive(cur);
                continue;
            }
            int r = next();
            if (r == EOF || r == '\r' || r == '\n') {
                throw new ParseError("unclosed action");
            } else if (r == ' ' || r == '@' || r == '$') {
                consume();
            } else if (r == '[') {
                parseArray(cur);
            } else if (r == '"' || r == '\'') {
                parseQuote(cur, r);
            } else if (r == '.') {
                parseField(cur);
            } else if (r == '+' || r == '-' || Character.isDigit(r)) {
                backup();
                parseNumber(cur);
            } else if (alphaNumeric(r)) {
                backup();
                parseIdentifier(cur);
            } else {
                throw new ParseError("unrecognized character in action: " + goRune(r));
            }
        }
    }

    private void parseIdentifier(ListNode cur) {
        while (!terminator(next())) {
            // read up to the terminator
        }
        backup();
        String value = consume();
        cur.nodes().add(value.equals("true") || value.equals("false") ? new BoolLit(Boolean.parseBoolean(value))
                : new Identifier(value));
    }

    private void parseRecursive(ListNode cur) throws ParseError {
        if (!cur.nodes().isEmpty() && cur.nodes().get(cur.nodes().size() - 1) instanceof Recursive) {
            throw new ParseError("invalid multiple recursive descent");
        }
        pos += 2;
        consume();
        cur.nodes().add(new Recursive());
        if (alphaNumeric(peek())) {
            parseField(cur);
        }
    }

    private void parseNumber(ListNode cur) throws ParseError {
        int r = peek();
        if (r == '+' || r == '-') {
            next();
        }
        while (true) {
            r = next();
            if (r != '.' && !(r >= 0 && Character.isDigit(r))) {
                backup();
                break;
            }
        }
        String value = consume();
        try {
            cur.nodes().add(new IntLit(Long.parseLong(value.startsWith("+") ? value.substring(1) : value)));
            return;
        } catch (NumberFormatException e) {
            // not an integer: try a float
        }
        try {
            cur.nodes().add(new FloatLit(Double.parseDouble(value)));
        } catch (NumberFormatException e) {
            throw new ParseError("cannot parse number " + value);
        }
    }

    private void parseArray(ListNode cur) throws ParseError {
        while (true) {
            int r = next();
            if (r == EOF || r == '\n') {
                throw new ParseError("unterminated array");
            }
            if (r == ']') {
                break;
            }
        }
        String text = consume();
        text = text.substring(1, text.length() - 1);
        if (text.equals("*")) {
            text = ":";
        }
        String[] parts = text.split(",", -1);
        if (parts.length > 1) {
            List<ListNode> branches = new ArrayList<>();
            for (String part : parts) {
                branches.add(action("[" + part.replaceAll("^ +| +$", "") + "]"));
            }
            cur.nodes().add(new Union(branches));
            return;
        }
        Matcher dict = DICT_KEY.matcher(text);
        if (dict.matches()) {
            cur.nodes().addAll(action("." + dict.group(1)).nodes());
            return;
        }
        Matcher slice = SLICE.matcher(text);
        if (!slice.matches()) {
            throw new ParseError("invalid array index " + text);
        }
        Param[] params = new Param[3];
        for (int i = 0; i < 3; i++) {
            String v = slice.group(i + 1) == null ? "" : slice.group(i + 1);
            if (!v.isEmpty()) {
                if (i > 0) {
                    v = v.substring(1);
                }
                if (i > 0 && v.isEmpty()) {
                    params[i] = new Param(false, 0, false);
                } else {
                    try {
                        params[i] = new Param(true, Integer.parseInt(v), false);
                    } catch (NumberFormatException e) {
                        throw new ParseError("array index " + v + " is not a number");
                    }
                }
            } else if (i == 1) {
                params[i] = new Param(true, params[0].value() + 1, true);
            } else {
                params[i] = new Param(false, 0, false);
            }
        }
        cur.nodes().add(new Array(params[0], params[1], params[2]));
    }

    private void parseFilter(ListNode cur) throws ParseError {
        pos += 3;
        consume();
        boolean begin = false;
        boolean end = false;
        int pair = 0;
        loop:
        while (true) {
            int r = next();
            switch (r) {
                case EOF, '\n' -> throw new ParseError("unterminated filter");
                case '"', '\'' -> {
                    if (!begin) {
                        begin = true;
                        pair = r;
                        continue;
                    }
                    if (input.charAt(pos - 2) != '\\' && r == pair) {
                        end = true;
                    }
                }
                case ')' -> {
                    if (begin == end) {
                        break loop;
                    }
                }
                default -> {
                }
            }
        }
        if (next() != ']') {
            throw new ParseError("unclosed array expect ]");
        }
        String text = consume();
        text = text.substring(0, text.length() - 2);
        Matcher m = COMPARISON.matcher(text);
        if (!m.matches()) {
            cur.nodes().add(new Filter(action(text), new ListNode(List.of()), "exists"));
        } else {
            cur.nodes().add(new Filter(action(m.group(1)), action(m.group(3)), m.group(2)));
        }
    }

    private void parseQuote(ListNode cur, int quote) throws ParseError {
        while (true) {
            int r = next();
            if (r == EOF || r == '\n') {
                throw new ParseError("unterminated quoted string");
            }
            if (r == quote && input.charAt(pos - 2) != '\\') {
                break;
            }
        }
        String value = consume();
        cur.nodes().add(new Text(unquote(value)));
    }

    /** UnquoteExtend: strconv.Unquote's escapes, for single quotes as well as double. */
    private static String unquote(String quoted) throws ParseError {
        String s = quoted.substring(1, quoted.length() - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++i >= s.length()) {
                throw new ParseError("unquote string " + quoted + " error invalid syntax");
            }
            char e = s.charAt(i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'v' -> b.append('\u000b');
                case '\\', '"', '\'' -> b.append(e);
                default -> throw new ParseError("unquote string " + quoted + " error invalid syntax");
            }
        }
        return b.toString();
    }

    private void parseField(ListNode cur) {
        consume();
        while (true) {
            int r = next();
            if (r == '\\') {
                next();
            } else if (terminator(r)) {
                backup();
                break;
            }
        }
        String value = consume();
        cur.nodes().add(value.equals("*") ? new Wildcard() : new Field(value.replace("\\", "")));
    }

    private static boolean terminator(int r) {
        return switch (r) {
            case EOF, ' ', '\t', '\r', '\n', '.', ',', '[', ']', '$', '@', '{', '}' -> true;
            default -> false;
        };
    }

    private static boolean alphaNumeric(int r) {
        return r == '_' || (r >= 0 && (Character.isLetter(r) || Character.isDigit(r)));
    }

    /** Go's %#U: U+0021 '!', or only U+0009 for a rune that does not print. */
    private static String goRune(int r) {
        String code = String.format("U+%04X", r);
        return Character.isISOControl(r) ? code : code + " '" + new String(Character.toChars(r)) + "'";
    }
}
