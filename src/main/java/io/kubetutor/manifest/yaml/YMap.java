package io.kubetutor.manifest.yaml;

import io.kubetutor.model.SourcePos;
import java.util.List;

/** A YAML mapping; entries in written order, duplicates kept (the decoder reports them). */
public record YMap(List<Entry> entries, SourcePos pos) implements YNode {
    public YMap {
        entries = List.copyOf(entries);
    }

    /** The last value written for a scalar key (last wins, as Go's YAML-to-JSON does), or null. */
    public YNode get(String key) {
        YNode found = null;
        for (Entry e : entries) {
            if (e.key() instanceof YScalar s && s.text().equals(key)) {
                found = e.value();
            }
        }
        return found;
    }

    @Override
    public String jsonType() {
        return "object";
    }

    /** key is usually a scalar; a non-scalar key is kept so the decoder can refuse it with its place. */
    public record Entry(YNode key, YNode value) {
    }
}
