package io.kubetutor.sim.net.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * glibc's search walk (resolv/res_query.c __res_context_search) as getaddrinfo runs it in a
 * container: a trailing dot means the name is tried as is and nothing else; a name with at least
 * ndots dots is tried as is first, then with each search domain; a name with fewer is tried with
 * each search domain first and as is last. The walk stops at the first answer holding any record
 * (a CNAME counts); NXDOMAIN and NODATA both go on to the next candidate. Each query goes to the
 * first nameserver of the file that answers; when none does the search stops (TRY_AGAIN), and the
 * as-is name is still tried once if it was not yet.
 */
public final class StubResolver {
    private StubResolver() {
    }

    public static Resolution resolve(String name, ResolvConf conf, ClusterDns dns, RecordType type) {
        return resolve(name, conf, dns, type, server -> true);
    }

    /**
     * The same walk where only servers {@code reachable} accepts can answer (a caller that knows
     * kube-dns has no backends, or that a NetworkPolicy drops port 53, says so here).
     */
    public static Resolution resolve(String name, ResolvConf conf, ClusterDns dns, RecordType type,
                                     Predicate<String> reachable) {
        String text = name.trim();
        Walk walk = new Walk(conf, dns, type, reachable);
        int dots = DnsNames.dots(text);
        boolean trailingDot = text.endsWith(".");
        boolean triedAsIs = false;
        if (dots >= conf.ndots() || trailingDot) {
            DnsAnswer a = walk.ask(DnsNames.absolute(text));
            if (trailingDot || (a != null && a.hasRecords())) {
                return walk.result(text);
            }
            triedAsIs = true;
        }
        boolean done = false;
        for (String domain : conf.search()) {
            if (done) {
                break;
            }
            String d = domain.startsWith(".") ? domain.substring(1) : domain;
            String candidate = d.isEmpty() ? DnsNames.absolute(text) : text + "." + DnsNames.absolute(d);
            if (d.isEmpty()) {
                triedAsIs = true;
            }
            DnsAnswer a = walk.ask(candidate);
            if (a == null) {
                done = true;
            } else if (a.hasRecords()) {
                return walk.result(text);
            }
        }
        if (!triedAsIs) {
            walk.ask(DnsNames.absolute(text));
        }
        return walk.result(text);
    }

    /** The queries of one walk, and the nameserver that took them. */
    private static final class Walk {
        private final ResolvConf conf;
        private final ClusterDns dns;
        private final RecordType type;
        private final Predicate<String> reachable;
        private final List<Resolution.Attempt> attempts = new ArrayList<>();
        private String server = "";

        Walk(ResolvConf conf, ClusterDns dns, RecordType type, Predicate<String> reachable) {
            this.conf = conf;
            this.dns = dns;
            this.type = type;
            this.reachable = reachable;
        }

        /** res_send: the nameservers in order until one replies; null when none does. */
        DnsAnswer ask(String qname) {
            for (String ns : conf.nameservers()) {
                Optional<DnsAnswer> a = reachable.test(ns) ? dns.queryAt(ns, qname, type) : Optional.empty();
                if (a.isPresent()) {
                    server = ns;
                    attempts.add(new Resolution.Attempt(qname, a.get()));
                    return a.get();
                }
            }
            attempts.add(new Resolution.Attempt(qname, null));
            return null;
        }

        Resolution result(String name) {
            String s = server.isEmpty() && !conf.nameservers().isEmpty() ? conf.nameservers().get(0) : server;
            return new Resolution(name, type, s, attempts);
        }
    }
}
