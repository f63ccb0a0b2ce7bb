package io.kubetutor.sim.net.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * What iputils {@code ping -c N} prints (ping/ping_common.c, ping.c): the PING line, one line per
 * reply (a lost probe prints nothing), then after an empty line the statistics, with the rtt line
 * only when something came back. Exit status 1 when nothing came back, else 0. Probes leave once a
 * second, so "time" is (N-1)×1000 ms: the send of the last probe, which the tutor's virtual clock
 * hits exactly where a real run drifts by a few ms.
 */
public final class Ping {
    /** 56 data bytes + 8 ICMP header = 64 per reply; + 20 IP header = 84 per probe. */
    static final int DATA_BYTES = 56;

    /**
     * One echo reply: its round-trip time in microseconds and the name the resolver gives its
     * source address (a PTR record), or null when it has none.
     */
    public record Reply(long rttMicros, String reverseName) {
        public Reply(long rttMicros) {
            this(rttMicros, null);
        }
    }

    private Ping() {
    }

    /**
     * The output for {@code ping -c count target}: {@code target} as ping shows it (the canonical
     * name the resolver returned, or the address as typed), {@code resolvedIp} its address,
     * {@code replies} one entry per probe in order, null for a lost one; every reply arrives with
     * {@code ttl}. For a numeric target ping looks up no names.
     */
    public static Output print(String target, String resolvedIp, int count, List<Reply> replies, int ttl) {
        if (replies.size() != count) {
            throw new IllegalArgumentException("one reply entry per probe: " + count + " probes, " + replies.size() + " entries");
        }
        boolean numeric = target.equals(resolvedIp);
        StringBuilder b = new StringBuilder();
        b.append("PING ").append(target).append(" (").append(resolvedIp).append(") ")
                .append(DATA_BYTES).append('(').append(DATA_BYTES + 28).append(") bytes of data.\n");
        long received = 0;
        long tmin = Long.MAX_VALUE;
        long tmax = 0;
        long tsum = 0;
        long tsum2 = 0;
        for (int i = 0; i < count; i++) {
            Reply r = replies.get(i);
            if (r == null) {
                continue;
            }
            received++;
            long t = r.rttMicros();
            tmin = Math.min(tmin, t);
            tmax = Math.max(tmax, t);
            tsum += t;
            tsum2 += t * t;
            String from = !numeric && r.reverseName() != null && !r.reverseName().equals(resolvedIp)
                    ? r.reverseName() + " (" + resolvedIp + ")" : resolvedIp;
            b.append(DATA_BYTES + 8).append(" bytes from ").append(from).append(": icmp_seq=").append(i + 1)
                    .append(" ttl=").append(ttl).append(" time=").append(replyTime(t)).append(" ms\n");
        }
        b.append('\n').append("--- ").append(target).append(" ping statistics ---\n");
        b.append(count).append(" packets transmitted, ").append(received).append(" received");
        if (count > 0) {
            float loss = (float) (((count - received) * 100.0) / count);
            b.append(", ").append(cPercentG(loss)).append("% packet loss, time ")
                    .append(Math.max(0, count - 1) * 1000L).append("ms");
        }
        b.append('\n');
        if (received > 0) {
            long avg = tsum / received;
            long var = (tsum2 - (tsum * tsum) / received) / received;
            long mdev = isqrt(var);
            b.append("rtt min/avg/max/mdev = ").append(ms(tmin)).append('/').append(ms(avg)).append('/')
                    .append(ms(tmax)).append('/').append(ms(mdev)).append(" ms");
        }
        b.append('\n');
        return new Output(b.toString(), "", received > 0 ? 0 : 1);
    }

    /** What ping prints when the name does not resolve (getaddrinfo's EAI_NONAME), exit status 2. */
    public static Output unknownHost(String target) {
        return new Output("", "ping: " + target + ": Name or service not known\n", 2);
    }

    /** A reply's time: three decimals under 1 ms, two under 10 ms, one under 100 ms, none above. */
    static String replyTime(long us) {
        if (us >= 100_000 - 50) {
            return Long.toString((us + 500) / 1000);
        }
        if (us >= 10_000 - 5) {
            return (us + 50) / 1000 + "." + ((us + 50) % 1000) / 100;
        }
        if (us >= 1000) {
            return (us + 5) / 1000 + "." + String.format("%02d", ((us + 5) % 1000) / 10);
        }
        return us / 1000 + "." + String.format("%03d", us % 1000);
    }

    private static String ms(long us) {
        return us / 1000 + "." + String.format("%03d", us % 1000);
    }

    /** C's {@code printf("%g")} of a float percentage (six significant digits, no trailing zeros). */
    static String cPercentG(float value) {
        if (value == 0f) {
            return "0";
        }
        BigDecimal d = new BigDecimal((double) value).round(new MathContext(6, RoundingMode.HALF_EVEN));
        return d.stripTrailingZeros().toPlainString();
    }

    private static long isqrt(long a) {
        if (a <= 0) {
            return a < 0 ? a : 0;
        }
        long prev = Long.MAX_VALUE;
        long x = a;
        while (x < prev) {
            prev = x;
            x = (x + a / x) / 2;
        }
        return x;
    }
}
