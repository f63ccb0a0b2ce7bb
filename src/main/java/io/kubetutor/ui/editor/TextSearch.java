package io.kubetutor.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** Finds every occurrence of a query in the text, for the find bar. */
public final class TextSearch {
    /** More matches than this are not highlighted one by one (the count says "10000+"). */
    public static final int MAX_MATCHES = 10_000;

    /** One occurrence: {@code [start, end)}. */
    public record Match(int start, int end) {
    }

    private TextSearch() {
    }

    /** Non-overlapping occurrences from the start, at most {@link #MAX_MATCHES}. */
    public static List<Match> find(CharSequence text, String query, boolean matchCase) {
        List<Match> out = new ArrayList<>();
        if (query == null || query.isEmpty() || text == null) {
            return out;
        }
        String haystack = text.toString();
        int q = query.length();
        int last = haystack.length() - q;
        char first = query.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        char firstLower = Character.toLowerCase(first);
        for (int i = 0; i <= last && out.size() < MAX_MATCHES; i++) {
            char c = haystack.charAt(i);
            boolean candidate = matchCase ? c == first
                    : c == first || c == firstUpper || c == firstLower || Character.toLowerCase(c) == firstLower;
            if (candidate && haystack.regionMatches(!matchCase, i, query, 0, q)) {
                out.add(new Match(i, i + q));
                i += q - 1;
            }
        }
        return out;
    }

    /** The index of the first match at or after {@code caret}, wrapping to the first; -1 if none. */
    public static int nextIndex(List<Match> matches, int caret) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= caret) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }

    /** The index of the last match ending before {@code caret}, wrapping to the last; -1 if none. */
    public static int previousIndex(List<Match> matches, int caret) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).end() < caret) {
                return i;
            }
        }
        return matches.size() - 1;
    }
}
