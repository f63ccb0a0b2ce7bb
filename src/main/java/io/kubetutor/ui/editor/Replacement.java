package io.kubetutor.ui.editor;

/**
 * An edit: {@code [start, end)} of the old text becomes {@code text}. The editor applies
 * programmatic changes as the smallest such edit, so the caret, the scroll position and the
 * styles outside the changed part stay where they were, and undo takes back exactly one step.
 */
public record Replacement(int start, int end, String text) {
    /** The smallest replacement turning {@code before} into {@code after}; null when they are equal. */
    public static Replacement between(String before, String after) {
        if (before.equals(after)) {
            return null;
        }
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // Never split a surrogate pair: back the edges off to whole characters.
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--;
        }
        if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        return new Replacement(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }
}
