package io.kubetutor.ui.console;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tab completion for the console, as bash's kubectl completion feels: the verb, then the resource
 * kind, then the names of that kind that exist in the cluster now (in the namespace {@code -n}
 * names, or every namespace with {@code -A}), and namespaces after {@code -n}. One match completes
 * the word and adds a space; several extend it to what they share, and when nothing more can be
 * added they are returned to be listed. Plain Java over a {@link SessionState}.
 */
public final class ConsoleCompletion {
    /** The verbs the console runs (the simulated kubectl commands) and its own two words. */
    static final List<String> VERBS = List.of("clear", "delete", "describe", "exec", "expose", "get", "help", "label",
            "patch", "scale");

    /** Every way kubectl accepts to name a simulated kind (plural, singular, short), to the model class. */
    private static final Map<String, Class<? extends KubeObject>> KIND_NAMES = new LinkedHashMap<>();
    /** The kinds offered after get/describe/delete/label/patch, in the form people type them. */
    private static final Map<String, Class<? extends KubeObject>> LISTED_KINDS = new LinkedHashMap<>();

    static {
        kind(Service.class, "svc", "services", "service");
        kind(Pod.class, "pods", "pod", "po");
        kind(Endpoints.class, "endpoints", "ep");
        kind(EndpointSlice.class, "endpointslices", "endpointslice");
        kind(Ingress.class, "ingress", "ingresses", "ing");
        kind(IngressClass.class, "ingressclasses", "ingressclass");
        kind(Deployment.class, "deployments", "deployment", "deploy");
        kind(ReplicaSet.class, "replicasets", "replicaset", "rs");
        kind(StatefulSet.class, "statefulsets", "statefulset", "sts");
        kind(ReplicationController.class, "replicationcontrollers", "replicationcontroller", "rc");
        kind(Namespace.class, "namespaces", "namespace", "ns");
    }

    private static final Map<String, List<String>> KINDS_OF_VERB = Map.of(
            "scale", List.of("deployment", "replicaset", "replicationcontroller", "statefulset"),
            "expose", List.of("deployment", "pod", "replicaset", "replicationcontroller", "service"));

    /** Flags that take the next word as their value when written without '='. */
    private static final Set<String> VALUE_FLAGS = Set.of("-n", "--namespace", "-o", "--output", "-l", "--selector",
            "-p", "--patch", "--type", "--port", "--target-port", "--name", "--replicas", "-c", "--container",
            "--field-selector", "--protocol", "--selector-string", "--overrides", "--context", "--cluster", "--user");

    private ConsoleCompletion() {
    }

    private static void kind(Class<? extends KubeObject> type, String listed, String... others) {
        LISTED_KINDS.put(listed, type);
        KIND_NAMES.put(listed, type);
        for (String o : others) {
            KIND_NAMES.put(o, type);
        }
    }

    /**
     * What Tab does: {@code line} is the new text before the caret; {@code candidates} are the
     * matches to list when the word could not be completed further (empty otherwise).
     */
    public record Result(String line, List<String> candidates) {
        public Result {
            candidates = List.copyOf(candidates);
        }
    }

    /** Completes the last word of {@code beforeCaret} (the input's text up to the caret). */
    public static Result complete(String beforeCaret, SessionState state) {
        String line = beforeCaret == null ? "" : beforeCaret;
        ShellWords.Scan scan = ShellWords.scanLenient(line);
        List<ShellWords.Word> words = new ArrayList<>(scan.words());
        int replaceFrom = line.length();
        String partial = "";
        if (scan.openWord()) {
            ShellWords.Word last = words.remove(words.size() - 1);
            partial = last.text();
            replaceFrom = last.start();
        }
        List<String> finished = words.stream().map(ShellWords.Word::text).toList();
        String typed = partial;
        List<String> options = options(finished, typed, state.snapshot());
        List<String> matches = options.stream().filter(o -> o.startsWith(typed)).distinct().sorted().toList();
        if (matches.isEmpty()) {
            return new Result(line, List.of());
        }
        if (matches.size() == 1) {
            String m = matches.get(0);
            return new Result(line.substring(0, replaceFrom) + m + (m.endsWith("/") ? "" : " "), List.of());
        }
        String shared = commonPrefix(matches);
        if (shared.length() > partial.length()) {
            return new Result(line.substring(0, replaceFrom) + shared, List.of());
        }
        return new Result(line, matches);
    }

    /** Every word that could stand where the word being typed is. */
    private static List<String> options(List<String> finished, String partial, ClusterSnapshot snapshot) {
        List<String> words = new ArrayList<>(finished);
        if (!words.isEmpty() && (words.get(0).equals("kubectl") || words.get(0).equals("k"))) {
            words.remove(0);
        }
        if (words.contains("--")) {
            return List.of(); // the command run in the pod: nothing of kubectl's to offer
        }
        if (!words.isEmpty() && List.of("-n", "--namespace").contains(words.get(words.size() - 1))) {
            return names(snapshot, Namespace.class, null);
        }
        if (partial.startsWith("-")) {
            return List.of();
        }
        List<String> positionals = positionals(words);
        String namespace = allNamespaces(words) ? null : namespace(words);
        if (positionals.isEmpty()) {
            return VERBS;
        }
        String verb = positionals.get(0);
        int slot = positionals.size();
        boolean takesKind = List.of("get", "describe", "delete", "label", "patch", "scale", "expose").contains(verb);
        if (verb.equals("exec")) {
            return slot == 1 ? names(snapshot, Pod.class, namespace) : List.of();
        }
        if (!takesKind) {
            return List.of();
        }
        int slash = partial.indexOf('/');
        if (slot == 1 && slash > 0) {
            Class<? extends KubeObject> type = KIND_NAMES.get(partial.substring(0, slash));
            String prefix = partial.substring(0, slash + 1);
            return type == null ? List.of() : names(snapshot, type, namespace).stream().map(n -> prefix + n).toList();
        }
        if (slot == 1) {
            return kinds(verb, snapshot);
        }
        String kindWord = positionals.get(1);
        if (kindWord.contains("/")) {
            return List.of(); // kind/name already names the object
        }
        Class<? extends KubeObject> type = KIND_NAMES.get(kindWord);
        boolean manyNames = List.of("get", "describe", "delete").contains(verb);
        if (type == null || (slot > 2 && !manyNames)) {
            return List.of();
        }
        List<String> names = new ArrayList<>(names(snapshot, type, namespace));
        names.removeAll(positionals.subList(2, positionals.size()));
        return names;
    }

    private static List<String> kinds(String verb, ClusterSnapshot snapshot) {
        List<String> fixed = KINDS_OF_VERB.get(verb);
        if (fixed != null) {
            return fixed;
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Class<? extends KubeObject>> e : LISTED_KINDS.entrySet()) {
            // offering only kinds the cluster holds keeps "get s<Tab>" to svc in most lessons
            if (!snapshot.all(e.getValue()).isEmpty()) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The names of one kind, in one namespace (or all when {@code namespace} is null). */
    private static List<String> names(ClusterSnapshot snapshot, Class<? extends KubeObject> type, String namespace) {
        TreeSet<String> out = new TreeSet<>();
        for (KubeObject o : snapshot.all(type)) {
            if (namespace == null || !o.namespaced() || o.namespace().equals(namespace)) {
                out.add(o.name());
            }
        }
        return List.copyOf(out);
    }

    private static List<String> positionals(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("-")) {
                if (VALUE_FLAGS.contains(w)) {
                    i++;
                }
                continue;
            }
            out.add(w);
        }
        return out;
    }

    private static boolean allNamespaces(List<String> words) {
        return words.contains("-A") || words.contains("--all-namespaces");
    }

    /** The namespace the words name ({@code -n NS}, {@code -nNS}, {@code --namespace=NS}); default otherwise. */
    private static String namespace(List<String> words) {
        String ns = "default";
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ((w.equals("-n") || w.equals("--namespace")) && i + 1 < words.size()) {
                ns = words.get(i + 1);
            } else if (w.startsWith("--namespace=")) {
                ns = w.substring("--namespace=".length());
            } else if (w.startsWith("-n") && w.length() > 2 && !w.startsWith("-n=")) {
                ns = w.substring(2);
            } else if (w.startsWith("-n=")) {
                ns = w.substring(3);
            }
        }
        return ns;
    }

    private static String commonPrefix(List<String> words) {
        String p = words.get(0);
        for (String w : words) {
            int i = 0;
            while (i < p.length() && i < w.length() && p.charAt(i) == w.charAt(i)) {
                i++;
            }
            p = p.substring(0, i);
        }
        return p;
    }
}
