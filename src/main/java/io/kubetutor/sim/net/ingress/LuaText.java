package io.kubetutor.sim.net.ingress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;

/** How OpenResty's Lua renders the values the sticky balancer writes into its cookie. */
final class LuaText {
    private static final String[] WEEK = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private LuaText() {
    }

    /** ngx.md5: the lower-case hex MD5 of the string. */
    static String md5(String s) {
        try {
            MessageDigest d = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    /** LuaJIT's tostring of a number: "%.14g". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e14) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(14));
        return d.stripTrailingZeros().toPlainString();
    }

    /**
     * ngx.cookie_time (ngx_http_cookie_time): "Thu, 18-Nov-10 11:27:35 GMT", a two-digit year up to
     * 2037, four digits after.
     */
    static String cookieTime(long epochSeconds) {
        ZonedDateTime t = Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC);
        int year = t.getYear();
        String y = year > 2037 ? Integer.toString(year) : String.format(Locale.ROOT, "%02d", year % 100);
        return String.format(Locale.ROOT, "%s, %02d-%s-%s %02d:%02d:%02d GMT", WEEK[t.getDayOfWeek().getValue() - 1],
                t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], y, t.getHour(), t.getMinute(), t.getSecond());
    }
}
