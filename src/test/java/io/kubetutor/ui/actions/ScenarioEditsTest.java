package io.kubetutor.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every edit on the test scenarios loads cleanly and leaves the other documents as they were. */
class ScenarioEditsTest {
    private static final List<String> SCENARIOS = List.of("shop.yaml", "exec.yaml");

    /** The documents of a text, split at separator lines as kubectl splits them. */
    private static List<String> documents(String text) {
        List<String> docs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("---")) {
                docs.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line);
            }
        }
        docs.add(current.toString());
        return docs;
    }

    /** Exactly one document differs between the texts. */
    private static void onlyOneDocumentChanged(String before, String after) {
        List<String> a = documents(before);
        List<String> b = documents(after);
        assertEquals(a.size(), b.size());
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed++;
            }
        }
        assertEquals(1, changed, after);
    }

    @Test
    void everyWorkloadCanBeScaled() throws Exception {
        int scaled = 0;
        for (String file : SCENARIOS) {
            String text = Files.readString(Path.of("src/test/resources/scenarios", file));
            for (KubeObject o : Loaded.load(text)) {
                if (!(o instanceof Deployment) && !(o instanceof StatefulSet)) {
                    continue;
                }
                String edited = ManifestEdits.setReplicas(text, o.kind(), o.namespace(), o.name(), 7).orElseThrow();
                onlyOneDocumentChanged(text, edited);
                KubeObject after = Loaded.object(edited, o.getClass(), o.namespace().isEmpty() ? "default"
                        : o.namespace(), o.name());
                Integer replicas = after instanceof Deployment d ? d.spec().replicas()
                        : ((StatefulSet) after).spec().replicas();
                assertEquals(7, replicas, file + " " + o.name());
                scaled++;
            }
        }
        assertTrue(scaled >= 2, "scaled " + scaled);
    }

    @Test
    void everyServiceFieldCanBeSetAndRemoved() throws Exception {
        for (String file : SCENARIOS) {
            String text = Files.readString(Path.of("src/test/resources/scenarios", file));
            for (KubeObject o : Loaded.load(text)) {
                if (!(o instanceof Service s)) {
                    continue;
                }
                String ns = s.namespace().isEmpty() ? "default" : s.namespace();
                String set = ManifestEdits.setServiceField(text, ns, s.name(), "spec.publishNotReadyAddresses", "true")
                        .orElseThrow();
                onlyOneDocumentChanged(text, set);
                assertTrue(Loaded.object(set, Service.class, ns, s.name()).spec().publishNotReadyAddresses());
                String removed = ManifestEdits.removeField(set, ns, s.name(), "spec.publishNotReadyAddresses")
                        .orElseThrow();
                assertEquals(text, removed, file + " " + s.name());
                String noSelector = ManifestEdits.removeField(text, ns, s.name(), "spec.selector").orElseThrow();
                java.util.Map<String, String> selector = Loaded.object(noSelector, Service.class, ns, s.name())
                        .spec().selector();
                assertTrue(selector == null || selector.isEmpty(), file + " " + s.name() + ": " + selector);
                onlyOneDocumentChanged(text, noSelector);
            }
        }
    }
}
