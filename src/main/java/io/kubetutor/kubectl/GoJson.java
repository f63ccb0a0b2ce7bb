package io.kubetutor.kubectl;

import io.kubetutor.model.GoValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into Map/List/String/Long/Boolean/null trees (non-integral numbers keep their text as
 * GoValues.Raw), failing with the syntax errors Go's encoding/json reports: {@code unexpected end
 * of JSON input}, {@code invalid character 'x' looking for beginning of value}, and so on.
 */
final class GoJson {
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final String s;
    private int i;

    private GoJson(String s) {
        this.s = s;
    }

    static Object parse(String text) throws SyntaxError {
        GoJson p = new GoJson(text);
        p.space();
        Object v = p.value();
        p.space();
        if (p.i < p.s.length()) {
            throw p.invalid("after top-level value");
        }
        return v;
    }

    private Object value() throws SyntaxError {
        if (i >= s.length()) {
            throw eof();
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw invalid("looking for beginning of value");
        }
    }

    private Map<String, Object> object() throws SyntaxError {
        i++;
        Map<String, Object> out = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            i++;
            return out;
        }
        while (true) {
            space();
            if (i >= s.length()) {
                throw eof();
            }
            if (s.charAt(i) != '"') {
                throw invalid("looking for beginning of object key string");
            }
            String key = string();
            space();
            if (i >= s.length()) {
                throw eof();
            }
            if (s.charAt(i) != ':') {
                throw invalid("after object key");
            }
            i++;
            space();
            out.put(key, value());
            space();
            if (i >= s.length()) {
                throw eof();
            }
            char c = s.charAt(i);
            if (c == ',') {
                i++;
                continue;
            }
            if (c == '}') {
                i++;
                return out;
            }
            throw invalid("after object key:value pair");
        }
    }

    private List<Object> array() throws SyntaxError {
        i++;
        List<Object> out = new ArrayList<>();
        space();
        if (peek() == ']') {
            i++;
            return out;
        }
        while (true) {
            space();
            out.add(value());
            space();
            if (i >= s.length()) {
                throw eof();
            }
            char c = s.charAt(i);
            if (c == ',') {
                i++;
                continue;
            }
            if (c == ']') {
                i++;
                return out;
            }
            throw invalid("after array element");
        }
    }

    private String string() throws SyntaxError {
        i++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw eof();
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return b.toString();
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c == '\\') {
                i++;
                if (i >= s.length()) {
                    throw eof();
                }
                char e = s.charAt(i);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        int code = 0;
                        for (int k = 0; k < 4; k++) {
                            i++;
                            if (i >= s.length()) {
                                throw eof();
                            }
                            int d = Character.digit(s.charAt(i), 16);
                            if (d < 0) {
                                throw invalid("in \\u hexadecimal character escape");
                            }
                            code = code * 16 + d;
                        }
                        b.append((char) code);
                    }
                    default -> throw invalid("in string escape code");
                }
                i++;
                continue;
            }
            b.append(c);
            i++;
        }
    }

    private Object number() throws SyntaxError {
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
            if (i >= s.length()) {
                throw eof();
            }
            if (!Character.isDigit(s.charAt(i))) {
                throw invalid("in numeric literal");
            }
        }
        if (s.charAt(i) == '0') {
            i++;
        } else {
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        boolean integral = true;
        if (i < s.length() && s.charAt(i) == '.') {
            integral = false;
            i++;
            if (i >= s.length()) {
                throw eof();
            }
            if (!Character.isDigit(s.charAt(i))) {
                throw invalid("after decimal point in numeric literal");
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            integral = false;
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i >= s.length()) {
                throw eof();
            }
            if (!Character.isDigit(s.charAt(i))) {
                throw invalid("in exponent of numeric literal");
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        String text = s.substring(start, i);
        if (integral) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return new GoValues.Raw(text);
            }
        }
        return new GoValues.Raw(text);
    }

    private Object literal(String word, Object value) throws SyntaxError {
        for (int k = 0; k < word.length(); k++) {
            if (i >= s.length()) {
                throw eof();
            }
            if (s.charAt(i) != word.charAt(k)) {
                throw invalid("in literal " + word + " (expecting " + quoteChar(word.charAt(k)) + ")");
            }
            i++;
        }
        return value;
    }

    private void space() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
                || s.charAt(i) == '\r')) {
            i++;
        }
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private SyntaxError eof() {
        return new SyntaxError("unexpected end of JSON input");
    }

    private SyntaxError invalid(String context) {
        return new SyntaxError("invalid character " + quoteChar(s.charAt(i)) + " " + context);
    }

    /** encoding/json's quoteChar. */
    private static String quoteChar(char c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoValues.quote(String.valueOf(c));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }
}
