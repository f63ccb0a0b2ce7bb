package io.kubetutor.kubectl;

import io.kubetutor.model.GoValues;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** kubectl's JSONPrinter: json.MarshalIndent with four spaces, then a newline. */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static String write(Object tree) {
        StringBuilder b = new StringBuilder();
        write(b, tree, "");
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                b.append(indent).append("    ").append(GoValues.json(String.valueOf(e.getKey()))).append(": ");
                write(b, e.getValue(), indent + "    ");
                b.append(it.hasNext() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                b.append(indent).append("    ");
                write(b, l.get(i), indent + "    ");
                b.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else {
            b.append(GoValues.json(v));
        }
    }
}
