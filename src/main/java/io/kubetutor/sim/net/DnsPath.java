package io.kubetutor.sim.net;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.net.dns.DnsAnswer;
import io.kubetutor.sim.net.dns.DnsRecord;
import io.kubetutor.sim.net.dns.RecordType;
import io.kubetutor.sim.net.dns.ResolvConf;
import io.kubetutor.sim.net.dns.Resolution;
import io.kubetutor.sim.net.dns.StubResolver;
import io.kubetutor.sim.net.proxy.EndpointSet;
import io.kubetutor.sim.net.proxy.Origin;
import io.kubetutor.sim.net.proxy.ServicePortRule;
import java.util.stream.Collectors;

/**
 * Name resolution as the sender's stub resolver does it, with each query's packet routed: a pod
 * asks the cluster DNS (kube-dns's ClusterIP, which kube-proxy turns into a CoreDNS pod); a node,
 * and a host-network pod with dnsPolicy Default, ask the LAN's resolver; the laptop first reads its
 * hosts file, where a learner lists the Ingress hosts at the Ingress's address (decision 0015).
 */
final class DnsPath {
    private DnsPath() {
    }

    /** Resolves {@code name}; records the lookup in the journey. Null when it found nothing (journey ended). */
    static Resolution resolve(Router r, Journey j, String name, RecordType type) {
        Source s = j.source;
        ResolvConf conf = s.kind() == Source.Kind.POD ? ResolvConf.forPod(s.pod(), r.world.state)
                : ResolvConf.forNode(laptopOrNode(r, s));
        String clusterDns = ResolvConf.clusterDnsIp(r.world.state);
        Resolution res = StubResolver.resolve(name, conf, r.world.dns, type,
                server -> !server.equals(clusterDns) || reachable(r, s));
        j.dns = res;
        int i = 0;
        for (Resolution.Attempt a : res.attempts()) {
            i++;
            exchange(r, j, conf, a, i, res.attempts().size());
            if (j.outcome != null) {
                break; // lost on the way: the resolver's retries are not simulated
            }
        }
        return res;
    }

    /** The machine whose resolv.conf an outside client or a node uses (the laptop sits on the same LAN). */
    private static ClusterTopology.Node laptopOrNode(Router r, Source s) {
        if (s.node() != null) {
            return r.world.state.node(s.node());
        }
        return new ClusterTopology.Node(s.name(), s.ip(), "", false);
    }

    /** Whether kube-dns has an endpoint this sender's node would send a query to. */
    private static boolean reachable(Router r, Source s) {
        String ip = ResolvConf.clusterDnsIp(r.world.state);
        if (ip.isEmpty()) {
            return false;
        }
        ServicePortRule rule = r.world.rules.byClusterIp(Router.bits(ip), 53, "UDP");
        if (rule == null) {
            return false;
        }
        EndpointSet set = rule.internalTrafficPolicyLocal() && s.node() != null ? rule.localSet(s.node())
                : rule.clusterSet();
        return !set.isEmpty();
    }

    private static void exchange(Router r, Journey j, ResolvConf conf, Resolution.Attempt a, int i, int of) {
        Recorder rec = j.rec;
        Source s = j.source;
        String server = conf.nameservers().isEmpty() ? "" : conf.nameservers().get(0);
        HostPort from = new HostPort(s.ip(), r.sourcePort());
        HostPort to = new HostPort(server, 53);
        rec.hop(s.place(), Action.DNS_QUERY, from, to, () -> of > 1
                ? Reason.of("dns.queryTry", j.dns.type(), a.qname(), i, of, String.join(" ", conf.search()),
                        conf.ndots())
                : Reason.of("dns.query", j.dns.type(), a.qname()));
        if (!a.replied()) {
            rec.hop(s.place(), Action.DROP, from, to, () -> Reason.of("dns.noServerAnswers", server));
            return;
        }
        if (!server.equals(ResolvConf.clusterDnsIp(r.world.state)) || s.kind() == Source.Kind.CLIENT) {
            rec.reply(Place.outside("resolver " + server), Action.DNS_ANSWER, to, from, () -> answerText(a.answer()));
            return;
        }
        Origin origin = s.origin();
        Connection c = new Connection(r, j, s.place(), s.node(), origin, from, "UDP");
        c.dst = to;
        c.reached = c.atNode(r.world.node(s.node()), origin);
        if (c.reached.kind() == Reached.Kind.POD) {
            World.PodNet dns = c.reached.pod();
            rec.hop(r.podPlace(dns), Action.DELIVER, c.src, c.dst, () -> Reason.of("dns.coreDnsTakesQuery",
                    dns.name()));
            c.replyBack(Action.DNS_ANSWER, () -> answerText(a.answer()));
        }
    }

    static Reason answerText(DnsAnswer a) {
        if (a.nxdomain()) {
            return Reason.of("dns.nxdomain", a.question());
        }
        if (!a.hasRecords()) {
            return Reason.of("dns.nodata", a.type(), a.question());
        }
        return Reason.of("dns.records", a.answers().stream().map(DnsRecord::toString).map(t -> t.replace('\t', ' '))
                .collect(Collectors.joining("; ")));
    }

    /** The address a lookup ended on (following CNAMEs), or null. */
    static String firstAddress(Resolution res) {
        return res.addresses().isEmpty() ? null : res.addresses().get(0);
    }
}
