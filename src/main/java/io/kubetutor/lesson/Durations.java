package io.kubetutor.lesson;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as lessons write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1m30s}. */
final class Durations {
    private static final Pattern WHOLE = Pattern.compile("([0-9]{1,9}(ms|s|m|h))+");
    private static final Pattern PART = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");
    /** A day of virtual time is more than any lesson needs (affinity's longest timeout). */
    static final long MAX_MILLIS = 24L * 3600 * 1000;

    private Durations() {
    }

    /** Milliseconds, or -1 when {@code text} is not a duration. */
    static long parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            return -1;
        }
        long total = 0;
        Matcher m = PART.matcher(text);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total += switch (m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m" -> n * 60_000;
                default -> n * 3_600_000;
            };
        }
        return total;
    }
}
