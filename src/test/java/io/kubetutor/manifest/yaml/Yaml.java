package io.kubetutor.manifest.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.SourcePos;

/** Small helpers for the reader's tests. */
final class Yaml {
    private Yaml() {
    }

    static YamlText read(String text) {
        return YamlReader.read("svc.yaml", text, ReadLimits.DEFAULT);
    }

    /** The root of the only document of {@code text}, which must read without error. */
    static YNode root(String text) {
        YamlText t = read(text);
        assertEquals(0, t.diagnostics().size(), () -> "text diagnostics: " + t.diagnostics());
        assertEquals(1, t.documents().size(), "documents");
        YDocument d = t.documents().get(0);
        assertNull(d.error(), () -> "unexpected error: " + d.error().format());
        return d.root();
    }

    /** The error of the only document of {@code text}. */
    static Diagnostic error(String text) {
        YamlText t = read(text);
        assertEquals(1, t.documents().size(), "documents");
        Diagnostic e = t.documents().get(0).error();
        assertNotNull(e, "expected an error");
        return e;
    }

    static SourcePos pos(int line, int column) {
        return new SourcePos(line, column);
    }

    static YNode at(YNode node, Object... path) {
        YNode n = node;
        for (Object step : path) {
            n = step instanceof Integer i ? ((YSeq) n).items().get(i) : ((YMap) n).get((String) step);
        }
        return n;
    }

    static YScalar scalar(YNode node, Object... path) {
        return (YScalar) at(node, path);
    }
}
