package io.kubetutor.kubectl.exec;

import io.kubetutor.model.Ipv4;
import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.app.Output;
import io.kubetutor.sim.net.app.Ping;
import io.kubetutor.sim.net.dns.DnsRecord;
import io.kubetutor.sim.net.dns.RecordType;
import io.kubetutor.sim.net.dns.Resolution;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ping -c N HOST} inside the pod: the name is resolved once (the first probe's lookup), then N
 * ICMP echo requests go through the data plane to the address, and {@link Ping} prints iputils'
 * report. A real ping without {@code -c} never stops, so the tutor asks for a count.
 *
 * <p>Each reply's TTL is 64 (Linux's default) less one for every router that forwarded it: the
 * responder's node when the reply leaves it for another machine, the sender's node when the reply
 * arrives from another machine for a pod behind its bridge, and the LAN gateway for the outside
 * world. Round-trip times are fixed per path (decision 0016): virtual time does not measure them.
 */
final class PingProgram {
    static final int MAX_COUNT = 100;
    private static final int INITIAL_TTL = 64;
    static final long RTT_LOOPBACK_US = 30;
    static final long RTT_OWN_NODE_US = 40;
    static final long RTT_SAME_NODE_POD_US = 60;
    static final long RTT_OTHER_NODE_US = 350;
    static final long RTT_LAN_US = 400;
    static final long RTT_OTHER_NODE_POD_US = 450;
    static final long RTT_OUTSIDE_US = 10_000;

    private PingProgram() {
    }

    static ExecResult run(InPod where, List<String> args) throws Unsimulated {
        Integer count = null;
        boolean numeric = false;
        String host = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-c") || a.startsWith("-W")) {
                String value = a.length() > 2 ? a.substring(2) : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null) {
                    throw new Unsimulated("needs a value after ping's " + a);
                }
                if (a.startsWith("-c")) {
                    count = count(value);
                } else {
                    seconds(value);
                }
            } else if (a.equals("-n")) {
                numeric = true;
            } else if (a.startsWith("-")) {
                throw new Unsimulated("simulates ping's -c COUNT, -W SECONDS and -n only, not " + a);
            } else if (host == null) {
                host = a;
            } else {
                throw new Unsimulated("pings one host at a time");
            }
        }
        if (host == null) {
            throw new Unsimulated("needs a host to ping: ping -c 3 10.244.1.2");
        }
        if (count == null) {
            throw new Unsimulated("runs ping only with -c COUNT: a real ping never stops by itself (Ctrl-C ends it),"
                    + " so say how many probes, e.g. ping -c 3 " + host);
        }
        return ping(where, host, count, numeric);
    }

    private static ExecResult ping(InPod where, String host, int count, boolean numeric) throws Unsimulated {
        Trace first = send(where, host);
        if (first.connectedTo() == null) {
            if (first.outcome() == Outcome.NXDOMAIN) {
                Output o = Ping.unknownHost(host);
                return ExecResult.ran(o.stdout(), o.stderr(), o.exitCode());
            }
            if (first.outcome() == Outcome.DROPPED || first.outcome() == Outcome.NO_REPLY) {
                // No DNS server answered (the data plane reports a ping's lost lookup as no-reply):
                // getaddrinfo's EAI_AGAIN, as iputils prints gai_strerror.
                return ExecResult.ran("", "ping: " + host + ": Temporary failure in name resolution\n", 2);
            }
            throw new Unsimulated("cannot ping " + host + ": " + first.summary());
        }
        String ip = first.connectedTo().ip();
        boolean literal = Ipv4.parse(host).isPresent();
        String shown = literal ? ip : canonicalName(host, first.dns());
        List<Trace> traces = new ArrayList<>(List.of(first));
        for (int i = 1; i < count; i++) {
            traces.add(send(where, ip));
        }
        String reverse = literal || numeric ? null : reverseName(where, ip);
        List<Ping.Reply> replies = new ArrayList<>();
        int ttl = INITIAL_TTL;
        for (Trace t : traces) {
            switch (t.outcome()) {
                case DELIVERED -> {
                    Path p = path(where, t, ip);
                    ttl = p.ttl();
                    replies.add(new Ping.Reply(p.rttMicros(), reverse));
                }
                case NO_REPLY, DROPPED -> replies.add(null);
                default -> throw new Unsimulated("does not simulate what ping prints when the network reports "
                        + t.outcome().text() + " (" + t.summary() + ")");
            }
        }
        Output o = Ping.print(shown, ip, count, replies, ttl);
        return ExecResult.ran(o.stdout(), o.stderr(), o.exitCode());
    }

    private static Trace send(InPod where, String to) throws Unsimulated {
        try {
            return where.dataPlane().send(where.from(), to, RequestKind.PING);
        } catch (IllegalArgumentException e) {
            throw new Unsimulated("cannot ping " + to + ": " + e.getMessage());
        }
    }

    /** The TTL and round trip of one echo reply, by who answered and where. */
    record Path(int ttl, long rttMicros) {
    }

    static Path path(InPod where, Trace t, String ip) {
        if (ip.startsWith("127.")) {
            return new Path(INITIAL_TTL, RTT_LOOPBACK_US);
        }
        Place responder = responder(t);
        String senderNode = where.node();
        boolean senderBehindBridge = !where.pod().spec().hostNetwork();
        return switch (responder.kind()) {
            case POD, INGRESS_CONTROLLER -> responder.node().equals(senderNode)
                    ? new Path(INITIAL_TTL, RTT_SAME_NODE_POD_US)
                    : new Path(INITIAL_TTL - 1 - (senderBehindBridge ? 1 : 0), RTT_OTHER_NODE_POD_US);
            case NODE, KUBE_PROXY -> responder.node().equals(senderNode)
                    ? new Path(INITIAL_TTL, RTT_OWN_NODE_US)
                    : new Path(INITIAL_TTL - (senderBehindBridge ? 1 : 0), RTT_OTHER_NODE_US);
            case CLIENT, LOAD_BALANCER -> new Path(INITIAL_TTL - (senderBehindBridge ? 1 : 0), RTT_LAN_US);
            case OUTSIDE -> new Path(INITIAL_TTL - 1 - (senderBehindBridge ? 1 : 0), RTT_OUTSIDE_US);
        };
    }

    /** Where the echo request was answered: the last hop that delivered it on the way there. */
    private static Place responder(Trace t) {
        Place at = null;
        for (Hop h : t.hops()) {
            if (!h.reply() && h.action() == Action.DELIVER) {
                at = h.at();
            }
        }
        if (at == null) {
            throw new IllegalStateException("a delivered echo request without a delivering hop: " + t.summary());
        }
        return at;
    }

    /** The name ping shows: the owner of the address record the resolver returned (after any CNAME). */
    private static String canonicalName(String host, Resolution dns) {
        if (dns == null || dns.records().isEmpty()) {
            return host;
        }
        return relative(dns.records().get(0).name());
    }

    /** The name a PTR lookup gives the reply's source, or null when it has none. */
    private static String reverseName(InPod where, String ip) {
        Trace t = where.dataPlane().lookup(where.from(), NslookupProgram.reverseName(ip), RecordType.PTR);
        if (t.outcome() != Outcome.DELIVERED || t.dns() == null) {
            return null;
        }
        List<DnsRecord> names = t.dns().records();
        return names.isEmpty() ? null : relative(names.get(0).data());
    }

    private static String relative(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static int count(String value) throws Unsimulated {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_COUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new Unsimulated("runs ping -c with a count from 1 to " + MAX_COUNT + ", not " + value);
    }

    private static void seconds(String value) throws Unsimulated {
        try {
            if (Double.parseDouble(value) >= 0) {
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new Unsimulated("needs a number of seconds after ping's -W, not " + value);
    }
}
