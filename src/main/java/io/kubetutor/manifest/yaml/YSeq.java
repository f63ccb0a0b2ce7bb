package io.kubetutor.manifest.yaml;

import io.kubetutor.model.SourcePos;
import java.util.List;

/** A YAML sequence. */
public record YSeq(List<YNode> items, SourcePos pos) implements YNode {
    public YSeq {
        items = List.copyOf(items);
    }

    @Override
    public String jsonType() {
        return "array";
    }
}
