package io.kubetutor.ui.lesson;

import io.kubetutor.ui.topology.TopologyActions;

/**
 * The topology's context menus while "Record as lesson" may be on: each action is carried out by
 * the window's own handler, and those a lesson can say (delete a pod, make its app stop or start
 * answering, cordon a node) are recorded as the lesson's action. Deleting a pod is recorded by the
 * pod's labels, not as the console's {@code kubectl delete pod NAME}, whose random name a replay
 * would not find. The rest reach the recording by the way they go: an edit of the editor's text,
 * a request through the traffic bar, a kubectl line in the console.
 */
public final class RecordingTopologyActions implements TopologyActions {
    private final TopologyActions actions;
    private final LessonRecording recording;

    public RecordingTopologyActions(TopologyActions actions, LessonRecording recording) {
        this.actions = actions;
        this.recording = recording;
    }

    @Override
    public void deletePod(String ns, String name) {
        recording.deletePod(ns, name, () -> actions.deletePod(ns, name));
    }

    @Override
    public void setAppAnswers(String ns, String pod, boolean answers) {
        recording.appAnswers(ns, pod, answers);
        actions.setAppAnswers(ns, pod, answers);
    }

    @Override
    public void editLabels(String ns, String pod) {
        actions.editLabels(ns, pod);
    }

    @Override
    public void scale(String kind, String ns, String name) {
        actions.scale(kind, ns, name);
    }

    @Override
    public void cordon(String node, boolean cordoned) {
        recording.kubectl(java.util.List.of(cordoned ? "cordon" : "uncordon", node));
        actions.cordon(node, cordoned);
    }

    @Override
    public void failNode(String node, boolean failed) {
        actions.failNode(node, failed);
    }

    @Override
    public void expose(String ns, String service, String type) {
        actions.expose(ns, service, type);
    }

    @Override
    public void sendTo(String target) {
        actions.sendTo(target);
    }
}
