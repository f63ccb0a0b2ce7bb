package io.kubetutor.export;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, rows ended by CRLF, a field quoted when it
 * holds a comma, a quote, a line break or blanks at its ends, quotes inside doubled. The text
 * starts with a UTF-8 byte order mark: without it Excel, what most teachers open a CSV with, reads
 * Korean reasons and names as mojibake (LibreOffice and Python's {@code utf-8-sig} skip it).
 */
public final class Csv {
    /** The byte order mark that tells spreadsheet programs the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    /** A CSV starting with the {@code header} row. */
    public Csv(List<String> header) {
        row(header);
    }

    /** Appends one row; null fields are empty. */
    public Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object f = fields.get(i);
            text.append(field(f == null ? "" : f.toString()));
        }
        text.append("\r\n");
        return this;
    }

    /** One field, quoted when it must be. */
    public static String field(String s) {
        boolean quote = s.isEmpty() ? false : s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
