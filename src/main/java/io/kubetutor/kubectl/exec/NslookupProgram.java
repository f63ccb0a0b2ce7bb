package io.kubetutor.kubectl.exec;

import io.kubetutor.model.Ipv4;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.dns.Nslookup;
import io.kubetutor.sim.net.dns.RecordType;
import io.kubetutor.sim.net.dns.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code nslookup [-type=TYPE] NAME [SERVER]} inside the pod: the lookup goes through the data plane
 * from the pod (its resolv.conf, the search list, kube-dns's ClusterIP and kube-proxy's rules to a
 * CoreDNS pod) and is printed by {@link Nslookup} (bind's nslookup). An IPv4 address is looked up by
 * its reverse name, as nslookup does.
 */
final class NslookupProgram {
    private NslookupProgram() {
    }

    static ExecResult run(InPod where, List<String> args) throws Unsimulated {
        String type = "A";
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                type = typeOption(a);
            } else {
                words.add(a);
            }
        }
        if (words.isEmpty()) {
            throw new Unsimulated("does not simulate nslookup's interactive mode; give it a name: nslookup web");
        }
        if (words.size() > 2) {
            throw new Unsimulated("runs nslookup with one NAME and at most one SERVER");
        }
        String server = where.nameserver();
        if (words.size() == 2 && !words.get(1).equals(server)) {
            throw new Unsimulated("simulates nslookup asking the pod's own nameserver (" + server + ", from its"
                    + " /etc/resolv.conf) only, not " + words.get(1));
        }
        String name = words.get(0);
        RecordType rt = RecordType.parse(type);
        if (rt == null) {
            throw new Unsimulated("does not simulate DNS queries of type " + type + " (it simulates A, AAAA, CNAME,"
                    + " PTR, SRV, TXT and MX)");
        }
        if (Ipv4.parse(name).isPresent()) {
            name = reverseName(Ipv4.parse(name).get().toString());
            rt = RecordType.PTR;
            type = "PTR";
        }
        Trace t;
        try {
            t = where.dataPlane().lookup(where.from(), name, rt);
        } catch (IllegalArgumentException e) {
            throw new Unsimulated("cannot look up " + name + ": " + e.getMessage());
        }
        Resolution r = t.dns();
        if (r == null) {
            throw new Unsimulated("could not follow this lookup through the data plane (" + t.summary() + ")");
        }
        Nslookup.Output o = Nslookup.print(name, type, r, r.server().isEmpty() ? server : r.server());
        return ExecResult.ran(o.stdout(), "", o.exitCode());
    }

    /** {@code -type=SRV} and the spellings bind accepts for it (-query=, -querytype=, -q=). */
    private static String typeOption(String option) throws Unsimulated {
        int eq = option.indexOf('=');
        String key = eq < 0 ? option.substring(1) : option.substring(1, eq);
        if (eq > 0 && List.of("type", "querytype", "query", "q").contains(key.toLowerCase(Locale.ROOT))) {
            return option.substring(eq + 1).toUpperCase(Locale.ROOT);
        }
        throw new Unsimulated("simulates nslookup's -type=TYPE option only, not " + option);
    }

    /** 10.244.1.3 → 3.1.244.10.in-addr.arpa, the name nslookup asks a PTR for. */
    static String reverseName(String ip) {
        String[] o = ip.split("\\.");
        return o[3] + "." + o[2] + "." + o[1] + "." + o[0] + ".in-addr.arpa";
    }
}
