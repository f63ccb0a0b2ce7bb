package io.kubetutor.lesson;

import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.SourcePos;
import io.kubetutor.sim.net.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a goal's condition (README.md, "Goals"); every problem is a located diagnostic. */
final class ConditionReader {
    static final List<String> CONDITIONS = List.of("all", "any", "not", "reach", "landsOn", "onePod", "sourceIp",
            "hops", "dns", "endpoints", "field");
    private static final List<String> KINDS = List.of("http", "curl", "keep-alive", "ping");
    /** The object kinds a field condition reads, with kubectl's short names. */
    static final Map<String, String> OBJECT_KINDS = objectKinds();
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");

    private final LessonFields f;
    private final ActionReader actions;

    ConditionReader(LessonFields f, ActionReader actions) {
        this.f = f;
        this.actions = actions;
    }

    private static Map<String, String> objectKinds() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] k : new String[][] {{"service", "services", "svc"}, {"pod", "pods", "po"},
                {"endpoints", "ep"}, {"deployment", "deployments", "deploy"}, {"replicaset", "replicasets", "rs"},
                {"statefulset", "statefulsets", "sts"}, {"ingress", "ingresses", "ing"}}) {
            Arrays.stream(k).forEach(name -> m.put(name, k[0]));
        }
        return m;
    }

    /** A goal: its visible text and its condition. */
    Goal goal(YNode node, String path) {
        YMap m = f.mapping(node, path, List.of("text", "check"));
        if (m == null) {
            return null;
        }
        YNode textNode = f.required(m, "text", path);
        Localized text = textNode == null ? null : f.localized(textNode, path + ".text");
        YNode checkNode = f.required(m, "check", path);
        Condition check = checkNode == null ? null : condition(checkNode, path + ".check");
        return text == null || check == null ? null : new Goal(text, check);
    }

    Condition condition(YNode node, String path) {
        YMap.Entry e = f.single(node, path, "condition", CONDITIONS);
        if (e == null) {
            return null;
        }
        String key = ((YScalar) e.key()).text();
        String at = path + "." + key;
        YNode v = e.value();
        SourcePos pos = node.pos();
        return switch (key) {
            case "all", "any" -> {
                List<Condition> parts = parts(v, at);
                yield parts == null ? null
                        : key.equals("all") ? new Condition.All(parts, pos) : new Condition.Any(parts, pos);
            }
            case "not" -> {
                Condition part = condition(v, at);
                yield part == null ? null : new Condition.Not(part, pos);
            }
            case "reach" -> reach(v, at, pos);
            case "landsOn" -> landsOn(v, at, pos);
            case "onePod" -> {
                YMap m = f.mapping(v, at, List.of("from", "to", "kind", "count"));
                Traffic t = m == null ? null : traffic(m, at);
                Integer count = m == null ? null : f.optionalInteger(m, "count", at, 10, 2, 1000);
                yield t == null || count == null ? null : new Condition.OnePod(t, count, pos);
            }
            case "sourceIp" -> sourceIp(v, at, pos);
            case "hops" -> hops(v, at, pos);
            case "dns" -> dns(v, at, pos);
            case "endpoints" -> endpoints(v, at, pos);
            case "field" -> field(v, at, pos);
            default -> throw new IllegalStateException(key);
        };
    }

    private List<Condition> parts(YNode v, String at) {
        YSeq seq = f.sequence(v, at);
        if (seq == null) {
            return null;
        }
        if (seq.items().isEmpty()) {
            f.error(seq, at + ": must hold at least one condition");
            return null;
        }
        List<Condition> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            Condition c = condition(seq.items().get(i), at + "[" + i + "]");
            ok &= c != null;
            out.add(c);
        }
        return ok ? out : null;
    }

    private Traffic traffic(YMap m, String at) {
        String from = actions.sender(m, at);
        String to = f.requiredText(m, "to", at);
        String kindText = f.optionalText(m, "kind", at, "http");
        Traffic.Kind kind = kindText == null || !KINDS.contains(kindText) ? null : Traffic.Kind.parse(kindText);
        if (kindText != null && kind == null) {
            f.error(m.get("kind"), at + ".kind: unknown kind \"" + kindText + "\" (one of: " + String.join(", ", KINDS)
                    + "; a name lookup is the dns condition)");
        }
        if (to != null && Targets.problem(to) != null) {
            f.error(m.get("to"), at + ".to: " + Targets.problem(to));
            to = null;
        }
        return from == null || to == null || kind == null ? null : new Traffic(from, to, kind);
    }

    private Condition reach(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("from", "to", "kind", "outcome"));
        if (m == null) {
            return null;
        }
        Traffic t = traffic(m, at);
        String text = f.optionalText(m, "outcome", at, "delivered");
        Outcome outcome = text == null ? null : Arrays.stream(Outcome.values()).filter(o -> o.text().equals(text))
                .findFirst().orElse(null);
        if (text != null && outcome == null) {
            f.error(m.get("outcome"), at + ".outcome: unknown outcome \"" + text + "\" (one of: "
                    + String.join(", ", Arrays.stream(Outcome.values()).map(Outcome::text).toList()) + ")");
        }
        return t == null || outcome == null ? null : new Condition.Reach(t, outcome, pos);
    }

    private Condition landsOn(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("from", "to", "kind", "labels", "count"));
        if (m == null) {
            return null;
        }
        Traffic t = traffic(m, at);
        Integer count = f.optionalInteger(m, "count", at, 1, 1, 1000);
        YNode labelsNode = f.required(m, "labels", at);
        Map<String, String> labels = null;
        if (labelsNode != null) {
            YMap lm = labelsNode instanceof YMap x ? x : null;
            if (lm == null || lm.entries().isEmpty()) {
                f.error(labelsNode, at + ".labels: must be a mapping of at least one label, such as {app: web}");
            } else {
                labels = new LinkedHashMap<>();
                for (YMap.Entry e : lm.entries()) {
                    String k = f.text(e.key(), at + ".labels");
                    String val = f.text(e.value(), at + ".labels." + k);
                    if (k == null || val == null) {
                        labels = null;
                        break;
                    }
                    labels.put(k, val);
                }
            }
        }
        return t == null || count == null || labels == null ? null : new Condition.LandsOn(t, labels, count, pos);
    }

    private Condition sourceIp(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("from", "to", "kind", "seen"));
        if (m == null) {
            return null;
        }
        Traffic t = traffic(m, at);
        String seen = f.requiredText(m, "seen", at);
        if (seen != null && !seen.equals("client") && !seen.equals("node") && Ipv4.parse(seen).isEmpty()) {
            f.error(m.get("seen"), at + ".seen: must be client, node or an IPv4 address, not \"" + seen + "\"");
            seen = null;
        }
        return t == null || seen == null ? null : new Condition.SourceIp(t, seen, pos);
    }

    private Condition hops(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("from", "to", "kind", "extraHop", "count"));
        if (m == null) {
            return null;
        }
        Traffic t = traffic(m, at);
        boolean hasExtra = !LessonFields.absent(m.get("extraHop"));
        boolean hasCount = !LessonFields.absent(m.get("count"));
        if (hasExtra == hasCount) {
            f.error(m, at + ": give either extraHop (true or false) or count (the hops on the way there)");
            return null;
        }
        Boolean extra = hasExtra ? f.bool(m, "extraHop", at, null) : null;
        Integer count = hasCount ? f.optionalInteger(m, "count", at, null, 1, 100) : null;
        if (t == null || (hasExtra && extra == null) || (hasCount && count == null)) {
            return null;
        }
        return new Condition.Hops(t, extra, count, pos);
    }

    private Condition dns(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("from", "name", "answer", "service", "target"));
        if (m == null) {
            return null;
        }
        String from = actions.sender(m, at);
        String name = f.requiredText(m, "name", at);
        if (name != null && !Targets.valid(name, Traffic.Kind.NSLOOKUP)) {
            f.error(m.get("name"), at + ".name: \"" + name + "\" is not a name to look up");
            name = null;
        }
        String answerText = f.requiredText(m, "answer", at);
        Condition.DnsExpect answer = answerText == null ? null : Arrays.stream(Condition.DnsExpect.values())
                .filter(a -> a.text().equals(answerText)).findFirst().orElse(null);
        if (answerText != null && answer == null) {
            f.error(m.get("answer"), at + ".answer: unknown answer \"" + answerText + "\" (one of: "
                    + String.join(", ", Arrays.stream(Condition.DnsExpect.values()).map(Condition.DnsExpect::text)
                    .toList()) + ")");
        }
        String service = f.optionalText(m, "service", at, null);
        String target = f.optionalText(m, "target", at, null);
        boolean ok = from != null && name != null && answer != null;
        if (answer == Condition.DnsExpect.CLUSTER_IP || answer == Condition.DnsExpect.POD_IPS) {
            service = serviceRef(service, m, at, "answer " + answer.text());
            ok &= service != null;
        }
        if (answer == Condition.DnsExpect.CNAME && target == null) {
            f.error(m, at + ".target: required field is missing (answer cname names the target host)");
            ok = false;
        }
        return ok ? new Condition.Dns(new Traffic(from, name, Traffic.Kind.NSLOOKUP), answer, service, target, pos)
                : null;
    }

    /** {@code NAME} or {@code NS/NAME} of a Service, as {@code NS/NAME}; null after an error. */
    private String serviceRef(String text, YMap m, String at, String why) {
        if (text == null) {
            f.error(m, at + ".service: required field is missing (" + why + " compares with a Service)");
            return null;
        }
        String full = text.contains("/") ? text : "default/" + text;
        String[] parts = full.split("/", -1);
        if (parts.length != 2 || !NAME.matcher(parts[0]).matches() || !NAME.matcher(parts[1]).matches()) {
            f.error(m.get("service"), at + ".service: write NAME or NAMESPACE/NAME, not \"" + text + "\"");
            return null;
        }
        return full;
    }

    private Condition endpoints(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("service", "ready", "notReady"));
        if (m == null) {
            return null;
        }
        String service = serviceRef(f.optionalText(m, "service", at, null), m, at, "endpoints");
        Integer ready = f.optionalInteger(m, "ready", at, null, 0, 1000);
        Integer notReady = f.optionalInteger(m, "notReady", at, null, 0, 1000);
        if (LessonFields.absent(m.get("ready")) && LessonFields.absent(m.get("notReady"))) {
            f.error(m, at + ": give ready, notReady or both");
            return null;
        }
        if (service == null || (ready == null && notReady == null)) {
            return null;
        }
        int slash = service.indexOf('/');
        return new Condition.EndpointCount(service.substring(0, slash), service.substring(slash + 1), ready, notReady,
                pos);
    }

    private Condition field(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("object", "path", "equals", "exists"));
        if (m == null) {
            return null;
        }
        String object = f.requiredText(m, "object", at);
        String path = f.requiredText(m, "path", at);
        boolean hasEquals = !LessonFields.absent(m.get("equals"));
        boolean hasExists = !LessonFields.absent(m.get("exists"));
        String equals = hasEquals ? f.text(m.get("equals"), at + ".equals") : null;
        Boolean exists = f.bool(m, "exists", at, true);
        boolean ok = object != null && path != null && exists != null && (!hasEquals || equals != null);
        if (hasEquals == hasExists) {
            f.error(m, at + ": give either equals (the value) or exists (true or false)");
            ok = false;
        }
        if (path != null && !path.startsWith("/")) {
            f.error(m.get("path"), at + ".path: a path starts with /, such as /spec/type");
            ok = false;
        }
        String[] parts = object == null ? null : object.split("/", -1);
        String kind = parts == null ? null : OBJECT_KINDS.get(parts[0]);
        if (object != null && (kind == null || parts.length < 2 || parts.length > 3)) {
            f.error(m.get("object"), at + ".object: write KIND/NAME or KIND/NAMESPACE/NAME with KIND one of service, "
                    + "pod, endpoints, deployment, replicaset, statefulset, ingress; not \"" + object + "\"");
            return null;
        }
        if (!ok) {
            return null;
        }
        String ns = parts.length == 3 ? parts[1] : "default";
        String name = parts[parts.length - 1];
        PodRef pod = null;
        if (kind.equals("pod")) {
            pod = actions.podRef(m.get("object"), at + ".object", ns + "/" + name);
            if (pod == null) {
                return null;
            }
        } else if (!NAME.matcher(name).matches() || !NAME.matcher(ns).matches()) {
            f.error(m.get("object"), at + ".object: \"" + object + "\" does not name an object");
            return null;
        }
        return new Condition.Field(kind, ns, name, pod, path, equals, hasEquals || exists, pos);
    }
}
