package io.kubetutor.lesson;

import java.util.List;

/** What a correct answer to a step's goal does: the editor's whole text after the fix (or null) and/or actions. */
public record Solution(String manifest, TextOrigin manifestOrigin, List<StepAction> actions) {
    public Solution {
        actions = List.copyOf(actions);
    }

    /** The solution as actions in the order they run: the manifest first. */
    public List<StepAction> asActions() {
        if (manifest == null) {
            return actions;
        }
        java.util.ArrayList<StepAction> all = new java.util.ArrayList<>();
        all.add(new StepAction.LoadManifest(manifest, manifestOrigin, manifestOrigin.scalar()));
        all.addAll(actions);
        return List.copyOf(all);
    }
}
