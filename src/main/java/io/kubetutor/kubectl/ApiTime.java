package io.kubetutor.kubectl;

import io.kubetutor.sim.net.app.HttpDates;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * metav1.Time as the API server writes it: RFC 3339 in UTC, whole seconds ({@code 2026-01-01T00:00:05Z}).
 * Virtual time 0 stands for the instant the containers' clocks also start from ({@link HttpDates#EPOCH}).
 */
final class ApiTime {
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private ApiTime() {
    }

    /** The time, or null (JSON null) for Go's zero time: metav1.Time marshals an unset time as null. */
    static String of(Long virtualMillis) {
        if (virtualMillis == null) {
            return null;
        }
        // Go truncates to the second when it formats RFC 3339.
        return RFC3339.format(HttpDates.at(Math.floorDiv(virtualMillis, 1000) * 1000));
    }

    /** Whole seconds of virtual time: the precision a time has once it went through the API. */
    static long seconds(long virtualMillis) {
        return Math.floorDiv(virtualMillis, 1000);
    }
}
