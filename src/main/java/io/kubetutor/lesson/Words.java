package io.kubetutor.lesson;

import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Trace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a goal check says it saw, in English and Korean. Names, addresses and the outcome words of
 * the trace (delivered, refused, ...) stay as the tutor prints them everywhere else.
 */
final class Words {
    private Words() {
    }

    static Localized join(Localized a, Localized b) {
        return new Localized(a.en() + b.en(), a.ko() + b.ko());
    }

    static Localized noRequest(Traffic t) {
        return new Localized("no " + (t.kind() == Traffic.Kind.NSLOOKUP ? "lookup of " + t.to() + " from " + t.from()
                : "request from " + t.from() + " to " + t.to()) + " since this step opened",
                "이 단계가 열린 뒤 " + t.from() + "에서 " + (t.kind() == Traffic.Kind.NSLOOKUP ? t.to() + "을(를) 조회한 적이"
                        : t.to() + "(으)로 보낸 요청이") + " 없습니다");
    }

    /** "request #3 laptop → http://web: delivered to web-7c9-x2k on node2". */
    static Localized request(Observed o) {
        Trace t = o.trace();
        String head = "#" + o.number() + " " + t.from() + " → " + t.to() + ": " + t.outcome().text();
        if (t.pod() != null) {
            return new Localized("request " + head + " to " + t.pod() + " on " + t.node(),
                    "요청 " + head + " (" + t.node() + "의 파드 " + t.pod() + ")");
        }
        return new Localized("request " + head, "요청 " + head);
    }

    static Localized expected(Outcome o) {
        return new Localized(", not " + o.text(), " — 기대한 결과는 " + o.text());
    }

    static Localized expectedText(Localized what) {
        return new Localized(", expected " + what.en(), " — 기대한 답: " + what.ko());
    }

    static Localized notDelivered() {
        return new Localized(" — it was not delivered to a pod", " — 어떤 파드에도 전달되지 않았습니다");
    }

    static Localized tooFew(int have, int need) {
        return new Localized("only " + have + " of the " + need + " requests this needs so far: send more",
                "필요한 요청 " + need + "개 중 " + have + "개만 보냈습니다. 더 보내 보세요");
    }

    static String labels(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    static Localized notLabelled(Map<String, String> labels) {
        return new Localized(" — that pod does not carry " + labels(labels),
                " — 그 파드에는 " + labels(labels) + " 레이블이 없습니다");
    }

    static Localized landedOn(int n, Map<String, String> labels, Set<String> pods) {
        String list = String.join(", ", pods);
        return n == 1
                ? new Localized("the latest request landed on " + list + ", which carries " + labels(labels),
                "마지막 요청이 " + labels(labels) + " 레이블이 붙은 파드 " + list + "에 도착했습니다")
                : new Localized("the latest " + n + " requests landed on pods carrying " + labels(labels) + ": " + list,
                "마지막 요청 " + n + "개가 모두 " + labels(labels) + " 레이블이 붙은 파드에 도착했습니다: " + list);
    }

    static Localized wentTo(int n, Set<String> pods) {
        String list = String.join(", ", pods);
        return pods.size() == 1
                ? new Localized("the latest " + n + " requests all went to " + list,
                "마지막 요청 " + n + "개가 모두 " + list + " 파드로 갔습니다")
                : new Localized("the latest " + n + " requests went to " + pods.size() + " pods: " + list,
                "마지막 요청 " + n + "개가 파드 " + pods.size() + "개로 나뉘어 갔습니다: " + list);
    }

    static Localized sawSource(Observed o, String ip, Localized who) {
        String head = "request #" + o.number() + ": " + o.trace().pod();
        return new Localized(head + " saw " + ip + " as the source" + (who == null ? "" : " (" + who.en() + ")"),
                "요청 #" + o.number() + ": 파드 " + o.trace().pod() + "이(가) 본 출발지 주소는 " + ip
                        + (who == null ? "" : " (" + who.ko() + ")"));
    }

    static Localized expectedSource(String seen) {
        return switch (seen) {
            case "client" -> new Localized(", not the sender's own address", " — 보낸 쪽 자신의 주소가 아닙니다");
            case "node" -> new Localized(", not a node's address", " — 노드의 주소가 아닙니다");
            default -> new Localized(", not " + seen, " — 기대한 주소는 " + seen);
        };
    }

    static Localized extraHop(Observed o, boolean extra) {
        Trace t = o.trace();
        return new Localized("request #" + o.number() + " entered at " + t.entryNode() + " and was served on " + t.node()
                + (extra ? ": an extra hop" : ": no extra hop"),
                "요청 #" + o.number() + "은(는) " + t.entryNode() + "(으)로 들어와 " + t.node() + "의 파드가 받았습니다: "
                        + (extra ? "추가 홉 있음" : "추가 홉 없음"));
    }

    static Localized hopCount(Observed o, int count, int want) {
        Localized got = new Localized("request #" + o.number() + " took " + count + " hops on the way there",
                "요청 #" + o.number() + "은(는) 가는 길에 " + count + "홉을 거쳤습니다");
        return count == want ? got : join(got, new Localized(", not " + want, " — 기대한 수는 " + want));
    }

    static Localized lookup(Observed o, List<String> addresses, List<String> cnames) {
        Trace t = o.trace();
        String answer = t.outcome() == Outcome.NXDOMAIN ? "NXDOMAIN"
                : !cnames.isEmpty() ? "CNAME " + String.join(", ", cnames)
                + (addresses.isEmpty() ? "" : " → " + String.join(", ", addresses))
                : addresses.isEmpty() ? t.outcome().text() : String.join(", ", addresses);
        return new Localized("nslookup #" + o.number() + " of " + t.to() + " from " + t.from() + ": " + answer,
                "nslookup #" + o.number() + " (" + t.from() + "에서 " + t.to() + " 조회): " + answer);
    }
}
