package io.kubetutor.ui.panels.model;

import java.util.Set;

/** Which endpoint rows appeared, changed (state, pod or node) or went away between two snapshots. */
public record RowDiff(Set<String> added, Set<String> changed, Set<String> removed) {
    public RowDiff {
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
