package io.kubetutor.lesson;

import io.kubetutor.manifest.topology.LoadedTopology;
import io.kubetutor.manifest.topology.TopologyLoader;
import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads one lesson file's text into a {@link Lesson} (README.md is the reference). */
final class LessonReader {
    private static final List<String> TOP = List.of("id", "order", "title", "topology", "manifest", "steps");
    private static final List<String> STEP = List.of("text", "actions", "predict", "goal", "hints", "solution");
    private static final Pattern ID = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final LessonFolder folder;
    private final String name;
    private final LessonFields f;
    private final ActionReader actions;
    private final ConditionReader conditions;

    /** {@code folder} resolves referred files (null: none may be referred to); {@code name} is relative to it. */
    LessonReader(LessonFolder folder, String name, String display, String text) {
        this.folder = folder;
        this.name = name;
        this.f = new LessonFields(display, text);
        this.actions = new ActionReader(f, this::topology);
        this.conditions = new ConditionReader(f, actions);
    }

    LoadedLesson read(String text) {
        YamlText yaml = YamlReader.read(f.file, text, ReadLimits.DEFAULT);
        List<Diagnostic> problems = new ArrayList<>(yaml.diagnostics());
        YNode root = null;
        for (YDocument d : yaml.documents()) {
            if (d.error() != null) {
                problems.add(d.error());
            } else if (!d.isEmpty() && root != null) {
                problems.add(Diagnostic.error(f.file, d.start(), "a lesson file holds one YAML document; this is a second one"));
            } else if (!d.isEmpty()) {
                root = d.root();
            }
        }
        if (!problems.isEmpty()) {
            return new LoadedLesson(f.file, null, problems);
        }
        if (root == null) {
            return new LoadedLesson(f.file, null, List.of(Diagnostic.error(f.file, SourcePos.START,
                    "the file is empty; a lesson has id, order, title and steps")));
        }
        Lesson lesson = lesson(root);
        // This file's diagnostics first, in file order; then those of the files it refers to.
        List<Diagnostic> all = f.diagnostics().stream().sorted(java.util.Comparator
                .comparing((Diagnostic d) -> !d.file().equals(f.file)).thenComparing(Diagnostic::file)
                .thenComparing(Diagnostic::pos)).toList();
        boolean errors = all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        return new LoadedLesson(f.file, errors ? null : lesson, all);
    }

    private Lesson lesson(YNode root) {
        YMap m = f.mapping(root, "", TOP);
        if (m == null) {
            return null;
        }
        String id = f.requiredText(m, "id", "");
        if (id != null && (id.length() > 63 || !ID.matcher(id).matches())) {
            f.error(m.get("id"), "id: \"" + id + "\" must be lowercase letters, digits and '-', starting and ending "
                    + "with a letter or digit, at most 63 characters");
            id = null;
        }
        YNode orderNode = f.required(m, "order", "");
        Integer order = orderNode == null ? null : f.integer(orderNode, "order", 1, 99);
        if (id != null && order != null && name != null) {
            String expected = String.format("%02d-%s.yaml", order, id);
            if (!name.equals(expected)) {
                f.error(m.get("id"), "the lesson with id \"" + id + "\" and order " + order + " is kept in a file named "
                        + expected + ", not " + name);
            }
        }
        YNode titleNode = f.required(m, "title", "");
        Localized title = titleNode == null ? null : localized(titleNode, "title");
        ClusterTopology topology = LessonFields.absent(m.get("topology")) ? ClusterTopology.defaults()
                : topology(m.get("topology"), "topology");
        YNode manifestNode = m.get("manifest");
        String manifest = LessonFields.absent(manifestNode) ? "" : f.text(manifestNode, "manifest");
        TextOrigin origin = LessonFields.absent(manifestNode) ? TextOrigin.nowhere(f.file) : f.origin(manifestNode);
        List<Step> steps = steps(f.required(m, "steps", ""));
        if (id == null || order == null || title == null || topology == null || manifest == null || steps == null) {
            return null;
        }
        return new Lesson(id, order, title, topology, manifest, origin, steps, f.file);
    }

    private List<Step> steps(YNode node) {
        if (node == null) {
            return null;
        }
        YSeq seq = f.sequence(node, "steps");
        if (seq == null) {
            return null;
        }
        if (seq.items().isEmpty()) {
            f.error(seq, "steps: a lesson has at least one step");
            return null;
        }
        List<Step> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            Step s = step(seq.items().get(i), "steps[" + i + "]");
            ok &= s != null;
            out.add(s);
        }
        return ok ? out : null;
    }

    private Step step(YNode node, String path) {
        YMap m = f.mapping(node, path, STEP);
        if (m == null) {
            return null;
        }
        YNode textNode = f.required(m, "text", path);
        Localized text = textNode == null ? null : localized(textNode, path + ".text");
        List<StepAction> acts = actions.list(m.get("actions"), path + ".actions");
        Prediction predict = LessonFields.absent(m.get("predict")) ? null : prediction(m.get("predict"), path + ".predict");
        boolean predictOk = LessonFields.absent(m.get("predict")) || predict != null;
        Goal goal = LessonFields.absent(m.get("goal")) ? null : conditions.goal(m.get("goal"), path + ".goal");
        boolean goalOk = LessonFields.absent(m.get("goal")) || goal != null;
        List<Localized> hints = hints(m.get("hints"), path + ".hints");
        Solution solution = LessonFields.absent(m.get("solution")) ? null : solution(m.get("solution"), path + ".solution");
        boolean solutionOk = LessonFields.absent(m.get("solution")) || solution != null;
        if (!LessonFields.absent(m.get("goal")) && LessonFields.absent(m.get("solution"))) {
            f.error(m, path + ".solution: required field is missing (a step with a goal has a solution, which "
                    + "lessons check plays)");
            solutionOk = false;
        }
        if (text == null || acts == null || !predictOk || !goalOk || hints == null || !solutionOk) {
            return null;
        }
        return new Step(text, acts, predict, goal, hints, solution, node.pos());
    }

    private Prediction prediction(YNode node, String path) {
        YMap m = f.mapping(node, path, List.of("question", "ask", "send", "among"));
        if (m == null) {
            return null;
        }
        YNode questionNode = f.required(m, "question", path);
        Localized question = questionNode == null ? null : localized(questionNode, path + ".question");
        String askText = f.requiredText(m, "ask", path);
        Prediction.Ask ask = null;
        for (Prediction.Ask a : Prediction.Ask.values()) {
            if (a.text().equals(askText)) {
                ask = a;
            }
        }
        if (askText != null && ask == null) {
            f.error(m.get("ask"), path + ".ask: unknown question \"" + askText + "\" (one of: pod, sourceIp, outcome)");
        }
        YNode sendNode = f.required(m, "send", path);
        Traffic send = null;
        if (sendNode != null) {
            StepAction.Send a = actions.send(sendNode, path + ".send", sendNode.pos());
            if (a != null && a.count() != 1) {
                f.error(sendNode, path + ".send.count: a prediction sends one request");
            } else if (a != null) {
                send = a.traffic();
            }
        }
        PodRef among = null;
        if (!LessonFields.absent(m.get("among"))) {
            among = actions.podRef(m.get("among"), path + ".among");
            if (among == null) {
                return null;
            }
            if (ask != Prediction.Ask.POD && ask != null) {
                f.error(m.get("among"), path + ".among: only a question about the pod offers pods");
                return null;
            }
        }
        return question == null || ask == null || send == null ? null : new Prediction(question, ask, send, among, node.pos());
    }

    private List<Localized> hints(YNode node, String path) {
        if (LessonFields.absent(node)) {
            return List.of();
        }
        YSeq seq = f.sequence(node, path);
        if (seq == null) {
            return null;
        }
        List<Localized> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            Localized h = localized(seq.items().get(i), path + "[" + i + "]");
            ok &= h != null;
            out.add(h);
        }
        return ok ? out : null;
    }

    private Solution solution(YNode node, String path) {
        YMap m = f.mapping(node, path, List.of("manifest", "actions"));
        if (m == null) {
            return null;
        }
        YNode manifestNode = m.get("manifest");
        String manifest = LessonFields.absent(manifestNode) ? null : f.text(manifestNode, path + ".manifest");
        List<StepAction> acts = actions.list(m.get("actions"), path + ".actions");
        if (LessonFields.absent(manifestNode) && LessonFields.absent(m.get("actions"))) {
            f.error(m, path + ": give a manifest, actions or both");
            return null;
        }
        if (acts == null || (!LessonFields.absent(manifestNode) && manifest == null)) {
            return null;
        }
        return new Solution(manifest, manifest == null ? TextOrigin.nowhere(f.file) : f.origin(manifestNode), acts);
    }

    /** A text in both languages; a text still holding TODO (a recorded skeleton) is a warning. */
    private Localized localized(YNode node, String path) {
        Localized l = f.localized(node, path);
        if (l != null && (l.en().contains("TODO") || l.ko().contains("TODO"))) {
            f.warning(node, path + ": still holds TODO text");
        }
        return l;
    }

    /** A topology: inline (a cluster file's mapping) or the path of a cluster file inside the lessons folder. */
    private ClusterTopology topology(YNode node, String path) {
        if (node instanceof YMap) {
            LoadedTopology t = TopologyLoader.load(f.file, node);
            for (Diagnostic d : t.diagnostics()) {
                f.add(new Diagnostic(d.severity(), d.file(), d.pos(), path + ": " + d.message(), d.details()));
            }
            return t.topology();
        }
        if (!(node instanceof YScalar s) || s.tag() != YScalar.Tag.STR) {
            f.error(node, path + ": must be a cluster file (a mapping of nodes, clients, ...) or the path of one, not "
                    + LessonFields.kind(node));
            return null;
        }
        String relative = s.text();
        if (folder == null) {
            f.error(node, path + ": \"" + relative + "\" cannot be read: this lesson is not in a lessons folder");
            return null;
        }
        if (folder.inside(relative) == null) {
            f.error(node, path + ": \"" + relative + "\" is outside the lessons folder; a lesson refers only to files "
                    + "in its folder or below it");
            return null;
        }
        try {
            LoadedTopology t = TopologyLoader.load(folder.display(relative), folder.read(relative));
            t.diagnostics().forEach(f::add);
            if (t.hasErrors()) {
                f.error(node, path + ": the cluster file \"" + relative + "\" has errors");
            }
            return t.topology();
        } catch (IOException e) {
            f.error(node, path + ": " + e.getMessage());
            return null;
        }
    }
}
