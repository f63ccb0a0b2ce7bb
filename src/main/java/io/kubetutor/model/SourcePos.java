package io.kubetutor.model;

/** A place in a source text: 1-based line and column. */
public record SourcePos(int line, int column) implements Comparable<SourcePos> {
    public static final SourcePos START = new SourcePos(1, 1);

    @Override
    public int compareTo(SourcePos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
