package io.kubetutor.kubectl.print;

/**
 * apimachinery's {@code duration.HumanDuration}: the AGE column and every "x ago" in kubectl. It keeps
 * two or three significant figures, so the unit changes with the size (59s, 2m3s, 3h, 3d4h).
 */
public final class HumanDuration {
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private HumanDuration() {
    }

    /** The duration in milliseconds as kubectl prints it. */
    public static String format(long millis) {
        // Go truncates toward zero (int(d.Seconds())), as Java's long division does; a clock up to two
        // seconds behind is tolerated as "now", anything further in the future is <invalid>.
        long seconds = millis / SECOND;
        if (seconds < -1) {
            return "<invalid>";
        } else if (seconds < 0) {
            return "0s";
        } else if (seconds < 60 * 2) {
            return seconds + "s";
        }
        long minutes = millis / MINUTE;
        if (minutes < 10) {
            long s = seconds % 60;
            return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
        } else if (minutes < 60 * 3) {
            return minutes + "m";
        }
        long hours = millis / HOUR;
        if (hours < 8) {
            long m = minutes % 60;
            return m == 0 ? hours + "h" : hours + "h" + m + "m";
        } else if (hours < 48) {
            return hours + "h";
        } else if (hours < 24 * 8) {
            long h = hours % 24;
            return h == 0 ? (hours / 24) + "d" : (hours / 24) + "d" + h + "h";
        } else if (hours < 24 * 365 * 2) {
            return (hours / 24) + "d";
        } else if (hours < 24 * 365 * 8) {
            long dy = (hours / 24) % 365;
            return dy == 0 ? (hours / 24 / 365) + "y" : (hours / 24 / 365) + "y" + dy + "d";
        }
        return (hours / 24 / 365) + "y";
    }

    /**
     * translateTimestampSince: the age of a timestamp at {@code now}, or {@code <unknown>} for Go's zero
     * time (an unset timestamp).
     */
    static String since(Long timestamp, long now) {
        return timestamp == null ? "<unknown>" : format(now - timestamp);
    }
}
