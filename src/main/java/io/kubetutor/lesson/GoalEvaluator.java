package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.dns.DnsRecord;
import io.kubetutor.sim.net.dns.RecordType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a goal's condition against the cluster as last published and the requests the step has
 * seen. Pure: the same state and requests give the same result. Conditions about traffic read the
 * latest matching requests (README.md, "Goals").
 */
public final class GoalEvaluator {
    private final ClusterTopology topology;
    private final ClusterSnapshot snapshot;
    private final List<Observed> traffic;

    public GoalEvaluator(ClusterTopology topology, ClusterSnapshot snapshot, List<Observed> traffic) {
        this.topology = topology;
        this.snapshot = snapshot;
        this.traffic = List.copyOf(traffic);
    }

    public GoalResult evaluate(Condition c) {
        if (c instanceof Condition.All a) {
            return combine(a, a.parts(), true);
        }
        if (c instanceof Condition.Any a) {
            return combine(a, a.parts(), false);
        }
        if (c instanceof Condition.Not n) {
            GoalResult part = evaluate(n.part());
            return new GoalResult(n, !part.met(), new Localized("not:", "다음이 아님:"), List.of(part));
        }
        if (c instanceof Condition.Reach r) {
            return reach(r);
        }
        if (c instanceof Condition.LandsOn l) {
            return landsOn(l);
        }
        if (c instanceof Condition.OnePod o) {
            return onePod(o);
        }
        if (c instanceof Condition.SourceIp s) {
            return sourceIp(s);
        }
        if (c instanceof Condition.Hops h) {
            return hops(h);
        }
        if (c instanceof Condition.Dns d) {
            return dns(d);
        }
        if (c instanceof Condition.EndpointCount e) {
            return StateChecks.endpoints(e, snapshot);
        }
        return StateChecks.field((Condition.Field) c, snapshot);
    }

    private GoalResult combine(Condition c, List<Condition> parts, boolean all) {
        List<GoalResult> results = parts.stream().map(this::evaluate).toList();
        boolean met = all ? results.stream().allMatch(GoalResult::met) : results.stream().anyMatch(GoalResult::met);
        return new GoalResult(c, met, all ? new Localized("all of:", "모두:") : new Localized("any of:", "하나 이상:"),
                results);
    }

    /** The requests that match, oldest first. */
    List<Observed> matching(Traffic t) {
        boolean machine = Senders.isMachine(t.from(), topology);
        PodRef ref = machine ? null : PodRef.parse(t.from());
        List<Observed> out = new ArrayList<>();
        for (Observed o : traffic) {
            Trace tr = o.trace();
            boolean from = machine ? o.senderNamespace() == null && tr.from().equals(t.from()) : o.sentBy(ref);
            if (from && t.kind().matches(tr.kind()) && t.sameTarget(tr.to())) {
                out.add(o);
            }
        }
        return out;
    }

    private static <T> List<T> last(List<T> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }

    private GoalResult none(Condition c, Traffic t) {
        return GoalResult.leaf(c, false, Words.noRequest(t));
    }

    private GoalResult reach(Condition.Reach r) {
        List<Observed> m = matching(r.traffic());
        if (m.isEmpty()) {
            return none(r, r.traffic());
        }
        Observed o = m.get(m.size() - 1);
        boolean met = o.trace().outcome() == r.outcome();
        return GoalResult.leaf(r, met, met ? Words.request(o) : Words.join(Words.request(o), Words.expected(r.outcome())));
    }

    /** The latest {@code n} requests, or a result saying there are not enough yet. */
    private Object lastOrShort(Condition c, Traffic t, int n) {
        List<Observed> m = matching(t);
        if (m.isEmpty()) {
            return none(c, t);
        }
        if (m.size() < n) {
            return GoalResult.leaf(c, false, Words.tooFew(m.size(), n));
        }
        return last(m, n);
    }

    private GoalResult landsOn(Condition.LandsOn l) {
        Object got = lastOrShort(l, l.traffic(), l.count());
        if (got instanceof GoalResult r) {
            return r;
        }
        @SuppressWarnings("unchecked")
        List<Observed> lastN = (List<Observed>) got;
        for (Observed o : lastN) {
            if (o.trace().outcome() != Outcome.DELIVERED || o.trace().pod() == null) {
                return GoalResult.leaf(l, false, Words.join(Words.request(o), Words.notDelivered()));
            }
            if (!l.labels().entrySet().stream().allMatch(e -> e.getValue().equals(o.podLabels().get(e.getKey())))) {
                return GoalResult.leaf(l, false, Words.join(Words.request(o), Words.notLabelled(l.labels())));
            }
        }
        return GoalResult.leaf(l, true, Words.landedOn(lastN.size(), l.labels(), pods(lastN)));
    }

    private GoalResult onePod(Condition.OnePod p) {
        Object got = lastOrShort(p, p.traffic(), p.count());
        if (got instanceof GoalResult r) {
            return r;
        }
        @SuppressWarnings("unchecked")
        List<Observed> lastN = (List<Observed>) got;
        for (Observed o : lastN) {
            if (o.trace().outcome() != Outcome.DELIVERED || o.trace().pod() == null) {
                return GoalResult.leaf(p, false, Words.join(Words.request(o), Words.notDelivered()));
            }
        }
        Set<String> pods = pods(lastN);
        return GoalResult.leaf(p, pods.size() == 1, Words.wentTo(lastN.size(), pods));
    }

    private static Set<String> pods(List<Observed> list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(o -> out.add(o.trace().pod()));
        return out;
    }

    /** The latest matching request if it was delivered to a pod, else the result saying why not. */
    private Object delivered(Condition c, Traffic t) {
        List<Observed> m = matching(t);
        if (m.isEmpty()) {
            return none(c, t);
        }
        Observed o = m.get(m.size() - 1);
        if (o.trace().outcome() != Outcome.DELIVERED || o.trace().pod() == null) {
            return GoalResult.leaf(c, false, Words.join(Words.request(o), Words.notDelivered()));
        }
        return o;
    }

    private GoalResult sourceIp(Condition.SourceIp s) {
        Object got = delivered(s, s.traffic());
        if (got instanceof GoalResult r) {
            return r;
        }
        Observed o = (Observed) got;
        String seen = o.trace().sourceIpSeenByPod();
        Localized who = whose(seen, o);
        boolean met = switch (s.seen()) {
            case "client" -> seen != null && seen.equals(o.senderIp());
            case "node" -> seen != null && nodeOf(seen) != null;
            default -> s.seen().equals(seen);
        };
        Localized detail = Words.sawSource(o, seen, who);
        return GoalResult.leaf(s, met, met ? detail : Words.join(detail, Words.expectedSource(s.seen())));
    }

    /** What an address is to the learner: the sender itself, a node's LAN address or its bridge. */
    private Localized whose(String ip, Observed o) {
        if (ip != null && ip.equals(o.senderIp())) {
            return new Localized("the sender itself", "보낸 쪽 자신");
        }
        String node = nodeOf(ip);
        if (node != null && node.startsWith("cni0:")) {
            String n = node.substring(5);
            return new Localized(n + "'s bridge cni0", n + "의 브리지 cni0");
        }
        if (node != null) {
            return new Localized(node + "'s address", node + "의 주소");
        }
        return null;
    }

    /** The node an address belongs to ("cni0:NODE" for a node's bridge), or null. */
    private String nodeOf(String ip) {
        if (ip == null) {
            return null;
        }
        for (ClusterTopology.Node n : topology.nodes()) {
            if (n.ip().equals(ip)) {
                return n.name();
            }
            if (Ipv4.Cidr.parse(n.podCIDR()).map(c -> c.address(1).toString()).orElse("").equals(ip)) {
                return "cni0:" + n.name();
            }
        }
        return null;
    }

    private GoalResult hops(Condition.Hops h) {
        Object got = delivered(h, h.traffic());
        if (got instanceof GoalResult r) {
            return r;
        }
        Observed o = (Observed) got;
        Trace t = o.trace();
        if (h.extraHop() != null) {
            boolean extra = extraHop(t);
            return GoalResult.leaf(h, extra == h.extraHop(), Words.extraHop(o, extra));
        }
        int count = (int) t.hops().stream().filter(x -> !x.reply()).count();
        return GoalResult.leaf(h, count == h.hopCount(), Words.hopCount(o, count, h.hopCount()));
    }

    /** Entered the cluster at one node and was served by a pod on another. */
    static boolean extraHop(Trace t) {
        return t.entryNode() != null && t.node() != null && !t.entryNode().equals(t.node());
    }

    private GoalResult dns(Condition.Dns d) {
        List<Observed> m = matching(d.traffic());
        if (m.isEmpty()) {
            return none(d, d.traffic());
        }
        Observed o = m.get(m.size() - 1);
        Trace t = o.trace();
        List<String> addresses = t.dns() == null ? List.of() : t.dns().addresses();
        boolean met;
        Localized expected;
        switch (d.answer()) {
            case NXDOMAIN -> {
                met = t.outcome() == Outcome.NXDOMAIN;
                expected = Localized.same("NXDOMAIN");
            }
            case FOUND -> {
                met = !addresses.isEmpty();
                expected = new Localized("an address", "주소");
            }
            case CLUSTER_IP -> {
                String[] ns = d.service().split("/");
                String ip = snapshot.get(Service.class, ns[0], ns[1]).map(s -> s.spec().clusterIP()).orElse("");
                met = !ip.isEmpty() && addresses.equals(List.of(ip));
                expected = new Localized("the ClusterIP of " + d.service() + (ip.isEmpty() ? " (it has none)" : " (" + ip + ")"),
                        d.service() + "의 ClusterIP" + (ip.isEmpty() ? " (없음)" : " (" + ip + ")"));
            }
            case POD_IPS -> {
                String[] ns = d.service().split("/");
                Set<String> ready = new TreeSet<>(StateChecks.readyAddresses(snapshot, ns[0], ns[1]));
                met = !ready.isEmpty() && new TreeSet<>(addresses).equals(ready);
                expected = new Localized("the ready pod addresses of " + d.service() + " " + ready,
                        d.service() + "의 준비된 파드 주소 " + ready);
            }
            case CNAME -> {
                String want = d.target().endsWith(".") ? d.target() : d.target() + ".";
                met = t.dns() != null && t.dns().answer() != null && t.dns().answer().answers().stream()
                        .anyMatch(r -> r.type() == RecordType.CNAME && r.data().equalsIgnoreCase(want));
                expected = Localized.same("CNAME " + want);
            }
            default -> throw new IllegalStateException();
        }
        Localized got = Words.lookup(o, addresses, cnames(t));
        return GoalResult.leaf(d, met, met ? got : Words.join(got, Words.expectedText(expected)));
    }

    private static List<String> cnames(Trace t) {
        if (t.dns() == null || t.dns().answer() == null) {
            return List.of();
        }
        return t.dns().answer().answers().stream().filter(r -> r.type() == RecordType.CNAME).map(DnsRecord::data)
                .toList();
    }
}
