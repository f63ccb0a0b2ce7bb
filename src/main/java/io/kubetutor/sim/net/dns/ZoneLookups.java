package io.kubetutor.sim.net.dns;

import io.kubetutor.sim.net.dns.KubernetesZone.Entry;
import io.kubetutor.sim.net.dns.KubernetesZone.Found;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The record builders CoreDNS runs over the kubernetes plugin's entries (plugin/backend_lookup.go A,
 * AAAA, SRV, TXT, CNAME, PTR, MX, and kubernetes.go Services), kept to the same order and the same
 * de-duplication so the answers list in CoreDNS's order. Names keep the case of the question, as
 * CoreDNS builds records from the question name.
 */
final class ZoneLookups {
    /** backend_lookup.go: a CNAME chain is not followed past this many records. */
    private static final int MAX_CHAIN = 7;

    /** Records for the answer and additional sections, or the plugin's name error. */
    record Result(List<DnsRecord> answers, List<DnsRecord> extra, boolean nameError) {
        static Result of(List<DnsRecord> answers, boolean nameError) {
            return new Result(answers, List.of(), nameError);
        }
    }

    private final KubernetesZone zone;
    private final List<String> nameserverIps;
    private final BiFunction<String, RecordType, DnsAnswer> upstream;

    /**
     * @param nameserverIps what {@code ns.dns.<zone>} holds: the kube-dns Service's addresses, which
     *                      is what the plugin's nsAddrs finds when CoreDNS runs behind kube-dns
     * @param upstream      the whole server again (Upstream.Lookup): how CNAME targets outside the zone are resolved
     */
    ZoneLookups(KubernetesZone zone, List<String> nameserverIps, BiFunction<String, RecordType, DnsAnswer> upstream) {
        this.zone = zone;
        this.nameserverIps = nameserverIps;
        this.upstream = upstream;
    }

    /** The plugin's answer for absolute {@code qname} (any case) in {@code zoneName} (lower case). */
    Result lookup(String qname, RecordType type, String zoneName) {
        return switch (type) {
            case A, AAAA -> address(qname, type, zoneName, List.of());
            case SRV -> srv(qname, zoneName);
            case TXT -> txt(qname, zoneName);
            case CNAME -> cname(qname, zoneName);
            case PTR -> ptr(qname, zoneName);
            case MX -> Result.of(List.of(), services(qname, type, zoneName).nameError());
        };
    }

    /** Kubernetes.Services: TXT and ns.dns are special; SRV drops ExternalName entries (no external SRV). */
    private Found services(String qname, RecordType type, String zoneName) {
        String name = DnsNames.lower(qname);
        if (type == RecordType.TXT) {
            String base = name.equals(zoneName) ? "" : name.substring(0, name.length() - zoneName.length() - 1);
            String[] segs = DnsNames.labels(base);
            if (segs.length == 1 && segs[0].equals("dns-version")) {
                return new Found(List.of(new Entry("", 0, name, KubernetesZone.VERSION_TTL,
                        KubernetesZone.SCHEMA_VERSION)), false);
            }
            // An existing name of another type answers NOERROR without records; anything else NXDOMAIN.
            return zone.records(name, zoneName).entries().isEmpty() ? Found.NAME_ERROR : Found.NODATA;
        }
        if (name.equals("ns.dns." + zoneName)) {
            List<Entry> out = new ArrayList<>();
            if (type == RecordType.A) {
                for (String ip : nameserverIps) {
                    out.add(Entry.address(ip, 0, name));
                }
            }
            return new Found(out, false);
        }
        Found f = zone.records(name, zoneName);
        if (type != RecordType.SRV) {
            return f;
        }
        List<Entry> internal = f.entries().stream().filter(e -> !KubernetesZone.hostIsName(e.host())).toList();
        return new Found(internal, f.nameError());
    }

    /** A and AAAA: addresses of the wanted family, and ExternalName CNAMEs followed to their targets. */
    private Result address(String qname, RecordType type, String zoneName, List<DnsRecord> previous) {
        Found found = services(qname, type, zoneName);
        if (found.nameError()) {
            return Result.of(List.of(), true);
        }
        List<DnsRecord> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : found.entries()) {
            if (KubernetesZone.hostIsName(e.host())) {
                followCname(qname, type, zoneName, previous, e, records);
                continue;
            }
            String ip = DnsNames.canonicalIp(e.host());
            boolean v4 = DnsNames.isIpv4Text(ip);
            if ((type == RecordType.A) == v4 && seen.add(e.host())) {
                RecordData data = v4 ? new RecordData.A(ip) : new RecordData.Aaaa(ip);
                records.add(new DnsRecord(qname, e.ttl(), data));
            }
        }
        return Result.of(records, false);
    }

    private void followCname(String qname, RecordType type, String zoneName, List<DnsRecord> previous, Entry e,
                             List<DnsRecord> records) {
        String target = DnsNames.absolute(e.host());
        // x CNAME x (or a name under x) is a loop: not added.
        if (DnsNames.isSubdomain(qname, target)) {
            return;
        }
        DnsRecord cname = new DnsRecord(qname, e.ttl(), new RecordData.Cname(target));
        if (previous.size() > MAX_CHAIN || duplicate(cname, previous)) {
            return;
        }
        if (DnsNames.isSubdomain(zoneName, target)) {
            List<DnsRecord> chain = new ArrayList<>(previous);
            chain.add(cname);
            Result next = address(target, type, zoneName, chain);
            // An in-zone target that resolves to nothing drops the CNAME too.
            if (!next.nameError() && !next.answers().isEmpty()) {
                records.add(cname);
                records.addAll(next.answers());
            }
            return;
        }
        records.add(cname);
        records.addAll(upstream.apply(target, type).answers());
    }

    private static boolean duplicate(DnsRecord cname, List<DnsRecord> previous) {
        for (DnsRecord r : previous) {
            if (r.type() == RecordType.CNAME && r.name().equalsIgnoreCase(cname.name())
                    && r.data().equalsIgnoreCase(cname.data())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SRV: one record per distinct (target, port), priority 0, each weight floor(100 / n) where n
     * counts every entry (sentinel ports included, duplicates included), at least 1; the targets'
     * addresses go to the additional section.
     */
    private Result srv(String qname, String zoneName) {
        Found found = services(qname, RecordType.SRV, zoneName);
        if (found.nameError()) {
            return Result.of(List.of(), true);
        }
        List<Entry> entries = found.entries();
        int total = 100 * entries.size();
        Set<String> dup = new HashSet<>();
        List<DnsRecord> records = new ArrayList<>();
        List<DnsRecord> extra = new ArrayList<>();
        for (Entry e : entries) {
            if (e.port() == -1) {
                continue;
            }
            int weight = Math.max(1, (int) Math.floor(100.0 / total * 100));
            String target = e.key();
            if (dup.add(target + " port " + e.port())) {
                records.add(new DnsRecord(qname, e.ttl(), new RecordData.Srv(0, weight, e.port(), target)));
            }
            if (dup.add(target + " addr " + e.host())) {
                String ip = DnsNames.canonicalIp(e.host());
                RecordData data = DnsNames.isIpv4Text(ip) ? new RecordData.A(ip) : new RecordData.Aaaa(ip);
                extra.add(new DnsRecord(target, e.ttl(), data));
            }
        }
        return new Result(records, extra, false);
    }

    private Result txt(String qname, String zoneName) {
        Found found = services(qname, RecordType.TXT, zoneName);
        List<DnsRecord> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : found.entries()) {
            if (!e.text().isEmpty() && seen.add(e.text())) {
                records.add(new DnsRecord(qname, e.ttl(), new RecordData.Txt(e.text())));
            }
        }
        return Result.of(records, found.nameError());
    }

    /** CNAME: the first entry's host when it is a name (an ExternalName Service). */
    private Result cname(String qname, String zoneName) {
        Found found = services(qname, RecordType.CNAME, zoneName);
        if (found.nameError()) {
            return Result.of(List.of(), true);
        }
        List<DnsRecord> records = new ArrayList<>();
        if (!found.entries().isEmpty() && KubernetesZone.hostIsName(found.entries().get(0).host())) {
            Entry e = found.entries().get(0);
            records.add(new DnsRecord(qname, e.ttl(), new RecordData.Cname(DnsNames.absolute(e.host()))));
        }
        return Result.of(records, false);
    }

    /** PTR (Kubernetes.Reverse): a ClusterIP's Service, else the endpoints holding the address. */
    private Result ptr(String qname, String zoneName) {
        String ip = DnsNames.addressFromReverse(DnsNames.lower(qname));
        if (ip.isEmpty()) {
            return Result.of(List.of(), zone.records(DnsNames.lower(qname), zoneName).nameError());
        }
        List<String> targets = zone.reverse(ip);
        if (targets.isEmpty()) {
            return Result.of(List.of(), true);
        }
        Map<String, Boolean> seen = new HashMap<>();
        List<DnsRecord> records = new ArrayList<>();
        for (String t : targets) {
            if (seen.putIfAbsent(t, true) == null) {
                records.add(new DnsRecord(qname, KubernetesZone.TTL, new RecordData.Ptr(t)));
            }
        }
        return Result.of(records, false);
    }
}
