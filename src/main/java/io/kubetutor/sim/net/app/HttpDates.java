package io.kubetutor.sim.net.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Wall-clock dates as the simulated servers print them. Virtual time 0 is
 * {@link #EPOCH} (2026-01-01T00:00:00Z), so a response at virtual time {@code t} carries the
 * date {@code EPOCH + t}; containers run in UTC, as the stock images do.
 */
public final class HttpDates {
    /** The wall-clock instant of virtual time 0. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NGINX_LOCAL =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    public static Instant at(long virtualMillis) {
        return EPOCH.plusMillis(virtualMillis);
    }

    /** The HTTP Date header format: {@code Thu, 01 Jan 2026 00:00:00 GMT}. */
    public static String http(long virtualMillis) {
        return RFC_1123.format(at(virtualMillis));
    }

    /** nginx's {@code $time_local}: {@code 01/Jan/2026:00:00:05 +0000}. */
    public static String nginxLocal(long virtualMillis) {
        return NGINX_LOCAL.format(at(virtualMillis));
    }

    /**
     * Go's {@code time.Now().String()}: {@code 2026-01-01 00:00:05.25 +0000 UTC m=+3.250000000}, with
     * the fraction's trailing zeros dropped and the monotonic reading counted from the process start.
     */
    public static String goNow(long virtualMillis, long processStartMillis) {
        StringBuilder b = new StringBuilder(GO_SECONDS.format(at(virtualMillis)));
        long frac = Math.floorMod(virtualMillis, 1000L);
        if (frac != 0) {
            String digits = String.format(Locale.ROOT, "%03d", frac).replaceFirst("0+$", "");
            b.append('.').append(digits);
        }
        long mono = virtualMillis - processStartMillis;
        b.append(" +0000 UTC m=").append(mono < 0 ? '-' : '+');
        long abs = Math.abs(mono);
        b.append(abs / 1000).append('.').append(String.format(Locale.ROOT, "%03d000000", abs % 1000));
        return b.toString();
    }
}
