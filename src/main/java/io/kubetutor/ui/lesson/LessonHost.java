package io.kubetutor.ui.lesson;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.model.ClusterTopology;

/**
 * What a lesson needs from the window around it: the same editor, topology and console the
 * learner uses, so everything the tutor does shows where the learner would have done it.
 */
public interface LessonHost {
    /** A fresh cluster on {@code topology}: the window's topology, packets and log start over. */
    void resetCluster(ClusterTopology topology);

    /** The editor's whole text now. */
    String editorText();

    /** Puts {@code text} in the editor as one edit (applied like any edit). */
    void setEditorText(String text);

    /** Spotlights one element of the topology; null ends the spotlight. */
    void highlight(String elementId);

    /** Spotlights every element a step lights (all the pods a selector names); by default the first. */
    default void highlightAll(java.util.List<String> elementIds) {
        highlight(elementIds.isEmpty() ? null : elementIds.get(0));
    }

    /** Shows in the console a command the tutor ran ({@code line} without the word kubectl) and its output. */
    void showKubectl(String line, Kubectl.Output output);
}
