package io.kubetutor.ui.editor;

/**
 * The part of the text edited since the styles were last applied, in the current text's
 * offsets. Typed text takes its neighbour's style at once, so whatever the new styles say,
 * this range must be restyled; the rest only where the styles really changed.
 */
public final class DirtyRange {
    private int from = -1;
    private int to = -1;

    /** Records that {@code removed} characters at {@code position} were replaced by {@code inserted}. */
    public void edit(int position, int removed, int inserted) {
        int delta = inserted - removed;
        int editEnd = position + inserted;
        if (from >= 0) {
            from = map(from, position, removed, delta, position);
            to = map(to, position, removed, delta, editEnd);
        }
        if (inserted == 0) {
            // A deletion leaves no new text behind: the characters around it keep their styles.
            return;
        }
        from = from < 0 ? position : Math.min(from, position);
        to = Math.max(to, editEnd);
    }

    private static int map(int offset, int position, int removed, int delta, int inside) {
        if (offset <= position) {
            return offset;
        }
        return offset >= position + removed ? offset + delta : inside;
    }

    public boolean isEmpty() {
        return from < 0;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public void clear() {
        from = -1;
        to = -1;
    }
}
