package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Record as lesson": what a teacher did in the sandbox, written as the skeleton of a lesson file.
 * The first text applied becomes the lesson's manifest; every later text applied starts a new step
 * (as its {@code manifest} action), followed by the actions and requests after it. Texts are
 * {@code TODO} placeholders for the teacher; goals are left for the teacher to write. The result
 * loads back without errors (its TODO texts are warnings).
 */
public final class LessonRecorder {
    /** Labels controllers add to their pods, which say nothing about what the teacher meant. */
    private static final List<String> GENERATED_LABELS = List.of("pod-template-hash", "controller-revision-hash",
            "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index");

    private final List<Object> events = new ArrayList<>();

    /** The teacher applied the editor's whole text. */
    public synchronized void textApplied(String text) {
        events.add(new StepAction.LoadManifest(text == null ? "" : text, TextOrigin.nowhere(""), null));
    }

    /** The teacher did something (sent requests, deleted a pod, ran kubectl, advanced the clock...). */
    public synchronized void did(StepAction action) {
        events.add(action);
    }

    /**
     * How a recorded action should name a pod: by its own labels (without those controllers add),
     * since a replay makes pods with other random names; by name when it has no such labels.
     */
    public static PodRef podRef(Pod p) {
        Map<String, String> labels = new LinkedHashMap<>(p.metadata().labels());
        GENERATED_LABELS.forEach(labels::remove);
        String ns = p.namespace().equals("default") ? "" : p.namespace() + "/";
        if (labels.isEmpty()) {
            return PodRef.parse(ns + p.name());
        }
        List<String> pairs = new ArrayList<>();
        labels.forEach((k, v) -> pairs.add(k + "=" + v));
        return PodRef.parse(ns + String.join(",", pairs));
    }

    /** The lesson file's text: {@code id} and {@code order} as given, the topology the teacher used. */
    public synchronized String write(String id, int order, ClusterTopology topology) {
        StringBuilder b = new StringBuilder();
        b.append("# Recorded in the sandbox. Write the TODO texts, add goals (lessons/README.md, \"Goals\"),\n");
        b.append("# then run: lessons check\n");
        b.append("id: ").append(YamlOut.scalar(id)).append('\n');
        b.append("order: ").append(order).append('\n');
        b.append("title:\n  en: \"TODO: the lesson's title\"\n  ko: \"TODO: 레슨 제목\"\n");
        if (!topology.equals(ClusterTopology.defaults())) {
            b.append("topology:\n");
            topology(b, topology, "  ");
        }
        List<Object> rest = new ArrayList<>(events);
        if (!rest.isEmpty() && rest.get(0) instanceof StepAction.LoadManifest first) {
            b.append("manifest:").append(YamlOut.value(first.text(), ""));
            rest.remove(0);
        }
        List<List<StepAction>> steps = new ArrayList<>();
        steps.add(new ArrayList<>());
        for (Object e : rest) {
            StepAction a = (StepAction) e;
            if (a instanceof StepAction.LoadManifest && !steps.get(steps.size() - 1).isEmpty()) {
                steps.add(new ArrayList<>());
            }
            steps.get(steps.size() - 1).add(a);
        }
        b.append("steps:\n");
        for (int i = 0; i < steps.size(); i++) {
            b.append("  - text:\n");
            b.append("      en: \"TODO: what the learner reads in step ").append(i + 1).append("\"\n");
            b.append("      ko: \"TODO: ").append(i + 1).append("단계에서 학습자가 읽을 내용\"\n");
            if (!steps.get(i).isEmpty()) {
                b.append("    actions:\n");
                for (StepAction a : steps.get(i)) {
                    if (a instanceof StepAction.LoadManifest) {
                        b.append("      # TODO: if this text is the learner's fix, move it to a goal's solution\n");
                    }
                    action(b, a, "      ");
                }
            }
            b.append("    # TODO: a goal the learner must reach, with hints and a solution, if this step has one\n");
        }
        return b.toString();
    }

    private static void action(StringBuilder b, StepAction a, String in) {
        b.append(in).append("- ").append(a.key()).append(':');
        if (a instanceof StepAction.LoadManifest m) {
            b.append(YamlOut.value(m.text(), in + "  "));
        } else if (a instanceof StepAction.Advance adv) {
            b.append(' ').append(adv.written() != null ? adv.written() : adv.millis() + "ms").append('\n');
        } else if (a instanceof StepAction.Send s) {
            b.append(" {from: ").append(YamlOut.scalar(s.traffic().from())).append(", to: ")
                    .append(YamlOut.scalar(s.traffic().to())).append(", kind: ").append(s.traffic().kind().text())
                    .append(", count: ").append(s.count()).append("}\n");
        } else if (a instanceof StepAction.Burst s) {
            b.append(" {from: ").append(YamlOut.scalar(s.traffic().from())).append(", to: ")
                    .append(YamlOut.scalar(s.traffic().to())).append(", kind: ").append(s.traffic().kind().text())
                    .append(", count: ").append(s.count()).append(", spreadClients: ").append(s.spreadClients())
                    .append("}\n");
        } else if (a instanceof StepAction.DeletePod d) {
            b.append(' ').append(YamlOut.scalar(d.pod().text())).append('\n');
        } else if (a instanceof StepAction.AppAnswers ans) {
            b.append(" {pod: ").append(YamlOut.scalar(ans.pod().text())).append(", answers: ").append(ans.answers())
                    .append(", all: ").append(ans.all()).append("}\n");
        } else if (a instanceof StepAction.Scale s) {
            b.append(" {workload: ").append(YamlOut.scalar(s.workload())).append(", replicas: ").append(s.replicas())
                    .append(", namespace: ").append(YamlOut.scalar(s.namespace())).append("}\n");
        } else if (a instanceof StepAction.Kubectl k) {
            b.append(' ').append(YamlOut.quoted(k.line())).append('\n');
        } else if (a instanceof StepAction.SetTopology t) {
            b.append('\n');
            topology(b, t.topology(), in + "    ");
        } else if (a instanceof StepAction.Highlight h) {
            b.append(" [").append(String.join(", ", h.elements().stream().map(YamlOut::quoted).toList())).append("]\n");
        }
    }

    /** A topology in the cluster-file format, every field written. */
    private static void topology(StringBuilder b, ClusterTopology t, String in) {
        b.append(in).append("nodes:\n");
        for (ClusterTopology.Node n : t.nodes()) {
            b.append(in).append("  - {name: ").append(YamlOut.scalar(n.name())).append(", ip: ").append(YamlOut.quoted(n.ip()))
                    .append(", podCIDR: ").append(YamlOut.quoted(n.podCIDR())).append(", controlPlane: ")
                    .append(n.controlPlane());
            if (!n.labels().isEmpty()) {
                b.append(", labels: {").append(String.join(", ", n.labels().entrySet().stream()
                        .map(e -> YamlOut.quoted(e.getKey()) + ": " + YamlOut.quoted(e.getValue())).toList())).append('}');
            }
            b.append("}\n");
        }
        b.append(in).append("clients:").append(t.clients().isEmpty() ? " []\n" : "\n");
        for (ClusterTopology.Client c : t.clients()) {
            b.append(in).append("  - {name: ").append(YamlOut.scalar(c.name())).append(", ip: ").append(YamlOut.quoted(c.ip()))
                    .append("}\n");
        }
        b.append(in).append("serviceCIDR: ").append(YamlOut.quoted(t.serviceCIDR())).append('\n');
        b.append(in).append("nodePortRange: ").append(YamlOut.quoted(t.nodePortRange().toString())).append('\n');
        b.append(in).append("cloudLoadBalancer: {enabled: ").append(t.cloudLoadBalancer().enabled()).append(", pool: ")
                .append(YamlOut.quoted(t.cloudLoadBalancer().pool())).append("}\n");
        b.append(in).append("proxyMode: ").append(t.proxyMode().text()).append('\n');
        b.append(in).append("ingressController: {enabled: ").append(t.ingressController().enabled()).append("}\n");
    }
}
