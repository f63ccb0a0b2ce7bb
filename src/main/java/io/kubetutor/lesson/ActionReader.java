package io.kubetutor.lesson;

import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Reads a list of actions (README.md, "Actions"); every problem is a located diagnostic. */
final class ActionReader {
    static final List<String> ACTIONS = List.of("manifest", "advance", "send", "burst", "deletePod", "appAnswers",
            "scale", "kubectl", "topology", "highlight");
    private static final List<String> SEND_KINDS = List.of("curl", "keep-alive", "ping", "nslookup");
    private static final Pattern WORKLOAD = Pattern.compile("[a-z.]+/[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern NS_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?/[a-z0-9]([-a-z0-9.]*[a-z0-9])?");

    private final LessonFields f;
    private final BiFunction<YNode, String, ClusterTopology> topologies;

    ActionReader(LessonFields f, BiFunction<YNode, String, ClusterTopology> topologies) {
        this.f = f;
        this.topologies = topologies;
    }

    /** The actions of {@code node} (a list, or absent for none); null when any is wrong. */
    List<StepAction> list(YNode node, String path) {
        if (LessonFields.absent(node)) {
            return List.of();
        }
        YSeq seq = f.sequence(node, path);
        if (seq == null) {
            return null;
        }
        List<StepAction> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            StepAction a = action(seq.items().get(i), path + "[" + i + "]");
            if (a == null) {
                ok = false;
            } else {
                out.add(a);
            }
        }
        return ok ? out : null;
    }

    private StepAction action(YNode node, String path) {
        YMap.Entry e = f.single(node, path, "action", ACTIONS);
        if (e == null) {
            return null;
        }
        String key = ((io.kubetutor.manifest.yaml.YScalar) e.key()).text();
        String at = path + "." + key;
        YNode v = e.value();
        SourcePos pos = node.pos();
        return switch (key) {
            case "manifest" -> {
                String text = LessonFields.absent(v) ? "" : f.text(v, at);
                yield text == null ? null : new StepAction.LoadManifest(text, f.origin(v), pos);
            }
            case "advance" -> advance(v, at, pos);
            case "send" -> send(v, at, pos);
            case "burst" -> burst(v, at, pos);
            case "deletePod" -> {
                PodRef pod = podRef(v, at);
                yield pod == null ? null : new StepAction.DeletePod(pod, pos);
            }
            case "appAnswers" -> appAnswers(v, at, pos);
            case "scale" -> scale(v, at, pos);
            case "kubectl" -> kubectl(v, at, pos);
            case "topology" -> {
                ClusterTopology t = topologies.apply(v, at);
                yield t == null ? null : new StepAction.SetTopology(t, pos);
            }
            case "highlight" -> highlight(v, at, pos);
            default -> throw new IllegalStateException(key);
        };
    }

    private StepAction advance(YNode v, String at, SourcePos pos) {
        String text = f.text(v, at);
        if (text == null) {
            return null;
        }
        long ms = Durations.parse(text);
        if (ms <= 0 || ms > Durations.MAX_MILLIS) {
            f.error(v, at + ": \"" + text + "\" is not a duration from 1ms to 24h (write 500ms, 30s, 5m, 1h or 1m30s)");
            return null;
        }
        return new StepAction.Advance(ms, text, pos);
    }

    StepAction.Send send(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("from", "to", "kind", "count"));
        if (m == null) {
            return null;
        }
        Traffic t = traffic(m, at);
        Integer count = f.optionalInteger(m, "count", at, 1, 1, 100);
        return t == null || count == null ? null : new StepAction.Send(t, count, pos);
    }

    private StepAction burst(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("from", "to", "kind", "count", "spreadClients"));
        if (m == null) {
            return null;
        }
        Traffic t = traffic(m, at);
        YNode countNode = f.required(m, "count", at);
        Integer count = countNode == null ? null : f.integer(countNode, at + ".count", 1, 100_000);
        Boolean spread = f.bool(m, "spreadClients", at, false);
        return t == null || count == null || spread == null ? null : new StepAction.Burst(t, count, spread, pos);
    }

    /** {@code from}, {@code to} and {@code kind} of an action that sends (kind: curl unless written). */
    private Traffic traffic(YMap m, String at) {
        String from = sender(m, at);
        String to = f.requiredText(m, "to", at);
        String kindText = f.optionalText(m, "kind", at, "curl");
        Traffic.Kind kind = kindText == null ? null : Traffic.Kind.parse(kindText);
        if (kindText != null && (kind == null || kind == Traffic.Kind.HTTP)) {
            f.error(m.get("kind"), at + ".kind: unknown kind \"" + kindText + "\" (one of: "
                    + String.join(", ", SEND_KINDS) + ")");
            kind = null;
        }
        if (to != null && !Targets.valid(to, kind == null ? Traffic.Kind.CURL : kind)) {
            f.error(m.get("to"), at + ".to: " + Targets.problem(to));
            to = null;
        }
        return from == null || to == null || kind == null ? null : new Traffic(from, to, kind);
    }

    /** A sender: a client or node name, or a pod reference; checked for its form here, for existence when run. */
    String sender(YMap m, String at) {
        String from = f.requiredText(m, "from", at);
        if (from == null) {
            return null;
        }
        try {
            Senders.checkForm(from);
            return from;
        } catch (IllegalArgumentException e) {
            f.error(m.get("from"), at + ".from: " + e.getMessage());
            return null;
        }
    }

    PodRef podRef(YNode v, String at) {
        String text = f.text(v, at);
        return text == null ? null : podRef(v, at, text);
    }

    /** {@code text} read as a pod reference, the error placed at {@code v}. */
    PodRef podRef(YNode v, String at, String text) {
        try {
            return PodRef.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(v, at + ": " + e.getMessage());
            return null;
        }
    }

    private StepAction appAnswers(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("pod", "answers", "all"));
        if (m == null) {
            return null;
        }
        YNode podNode = f.required(m, "pod", at);
        PodRef pod = podNode == null ? null : podRef(podNode, at + ".pod");
        YNode answersNode = f.required(m, "answers", at);
        Boolean answers = answersNode == null ? null : f.bool(m, "answers", at, null);
        Boolean all = f.bool(m, "all", at, false);
        return pod == null || answers == null || all == null ? null : new StepAction.AppAnswers(pod, answers, all, pos);
    }

    private StepAction scale(YNode v, String at, SourcePos pos) {
        YMap m = f.mapping(v, at, List.of("workload", "replicas", "namespace"));
        if (m == null) {
            return null;
        }
        String workload = f.requiredText(m, "workload", at);
        if (workload != null && !WORKLOAD.matcher(workload).matches()) {
            f.error(m.get("workload"), at + ".workload: write KIND/NAME, such as deployment/web, not \"" + workload + "\"");
            workload = null;
        }
        YNode replicasNode = f.required(m, "replicas", at);
        Integer replicas = replicasNode == null ? null : f.integer(replicasNode, at + ".replicas", 0, 100);
        String ns = f.optionalText(m, "namespace", at, "default");
        return workload == null || replicas == null || ns == null ? null
                : new StepAction.Scale(workload, ns, replicas, pos);
    }

    private StepAction kubectl(YNode v, String at, SourcePos pos) {
        String line = f.text(v, at);
        if (line == null) {
            return null;
        }
        List<String> words = CommandWords.split(line);
        if (words == null) {
            f.error(v, at + ": a quote is not closed in \"" + line + "\"");
            return null;
        }
        if (!words.isEmpty() && words.get(0).equals("kubectl")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            f.error(v, at + ": no kubectl command (write it as in the console, such as get svc -o wide)");
            return null;
        }
        return new StepAction.Kubectl(line, words, pos);
    }

    private StepAction highlight(YNode v, String at, SourcePos pos) {
        List<YNode> items = v instanceof YSeq s ? s.items() : List.of(v);
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = v instanceof YSeq ? at + "[" + i + "]" : at;
            String id = f.text(items.get(i), itemPath);
            if (id == null) {
                ok = false;
            } else if (!elementId(id)) {
                f.error(items.get(i), itemPath + ": \"" + id + "\" is not an element of the topology (a node name, "
                        + "NS/POD, pod:POD, svc:NS/NAME, ing:NS/NAME, client:NAME or lb)");
                ok = false;
            } else {
                out.add(id);
            }
        }
        return ok ? new StepAction.Highlight(out, pos) : null;
    }

    private static boolean elementId(String id) {
        if (id.equals("lb")) {
            return true;
        }
        if (id.startsWith("pod:")) {
            try {
                PodRef.parse(id.substring(4));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        if (id.startsWith("svc:") || id.startsWith("ing:")) {
            return NS_NAME.matcher(id.substring(4)).matches();
        }
        if (id.startsWith("client:")) {
            return NAME.matcher(id.substring(7)).matches();
        }
        return NAME.matcher(id).matches() || NS_NAME.matcher(id).matches();
    }
}
