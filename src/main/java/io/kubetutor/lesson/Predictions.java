package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Trace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The choices of a prediction, taken from the cluster as it is, and the answer a trace gives. */
final class Predictions {
    private Predictions() {
    }

    static List<Choice> choices(Prediction p, ClusterTopology topology, ClusterSnapshot snapshot) {
        List<Choice> out = new ArrayList<>();
        switch (p.ask()) {
            case POD -> {
                List<Pod> pods = p.among() != null ? p.among().resolve(snapshot)
                        : snapshot.all(Pod.class).stream().filter(x -> x.namespace().equals("default")).toList();
                pods.stream().filter(PodRef::usable).sorted((a, b) -> a.name().compareTo(b.name())).forEach(x ->
                        out.add(new Choice(x.namespace() + "/" + x.name(), Localized.same(x.name() + " ("
                                + x.spec().nodeName() + ", " + x.status().podIP() + ")"))));
                out.add(new Choice(Choice.NONE, new Localized("no pod (the request fails)",
                        "어느 파드도 받지 못함 (요청 실패)")));
            }
            case SOURCE_IP -> {
                Set<String> seen = new LinkedHashSet<>();
                String from = Senders.resolve(p.send().from(), topology, snapshot);
                String senderIp = TrafficLog.machineIp(topology, from);
                if (senderIp == null) {
                    int slash = from.indexOf('/');
                    senderIp = snapshot.get(Pod.class, from.substring(0, slash), from.substring(slash + 1))
                            .map(x -> x.status().podIP()).orElse("");
                }
                if (seen.add(senderIp)) {
                    out.add(new Choice(senderIp, new Localized(senderIp + " — the sender itself (" + p.send().from() + ")",
                            senderIp + " — 보낸 쪽 자신 (" + p.send().from() + ")")));
                }
                for (ClusterTopology.Node n : topology.nodes()) {
                    if (seen.add(n.ip())) {
                        out.add(new Choice(n.ip(), new Localized(n.ip() + " — " + n.name() + "'s address",
                                n.ip() + " — " + n.name() + "의 주소")));
                    }
                }
                for (ClusterTopology.Node n : topology.nodes()) {
                    String bridge = Ipv4.Cidr.parse(n.podCIDR()).map(c -> c.address(1).toString()).orElse("");
                    if (!bridge.isEmpty() && seen.add(bridge)) {
                        out.add(new Choice(bridge, new Localized(bridge + " — " + n.name() + "'s bridge cni0",
                                bridge + " — " + n.name() + "의 브리지 cni0")));
                    }
                }
                out.add(new Choice(Choice.NONE, new Localized("no pod gets the request", "요청을 받는 파드가 없음")));
            }
            case OUTCOME -> {
                for (Outcome o : Outcome.values()) {
                    out.add(new Choice(o.text(), outcome(o)));
                }
            }
            default -> throw new IllegalStateException();
        }
        return List.copyOf(out);
    }

    private static Localized outcome(Outcome o) {
        return switch (o) {
            case DELIVERED -> new Localized("delivered — an answer comes back", "delivered — 응답이 돌아옴");
            case REFUSED -> new Localized("refused — the connection is refused at once", "refused — 연결이 곧바로 거부됨");
            case DROPPED -> new Localized("dropped — the packet is dropped and the client waits until it gives up",
                    "dropped — 패킷이 버려져 클라이언트가 포기할 때까지 기다림");
            case UNREACHABLE -> new Localized("unreachable — there is no route to that address",
                    "unreachable — 그 주소로 가는 경로가 없음");
            case NXDOMAIN -> new Localized("nxdomain — the name does not resolve", "nxdomain — 이름을 찾을 수 없음");
            case NO_REPLY -> new Localized("no-reply — it arrives, but nothing answers",
                    "no-reply — 도착하지만 아무것도 응답하지 않음");
        };
    }

    /** The choice id the trace proves right. */
    static String answerOf(Prediction p, Trace t) {
        return switch (p.ask()) {
            case POD -> t.pod() == null ? Choice.NONE : t.podKey();
            case SOURCE_IP -> t.sourceIpSeenByPod() == null || t.pod() == null ? Choice.NONE : t.sourceIpSeenByPod();
            case OUTCOME -> t.outcome().text();
        };
    }
}
