package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.ui.actions.ManifestEdits;
import org.junit.jupiter.api.Test;

/**
 * The topology names workloads as kubectl does ("deployment"); a Deployment written in the editor
 * must still be found there, so "Scale…" edits the text rather than going around it.
 */
class ScaleFromTheTopologyTest {
    @Test
    void kubectlKindNamesMapToTheKindsManifestsWrite() {
        assertEquals("Deployment", TopologyActionsHandler.apiKind("deployment"));
        assertEquals("StatefulSet", TopologyActionsHandler.apiKind("statefulset"));
        assertEquals("ReplicaSet", TopologyActionsHandler.apiKind("replicaset"));
        assertEquals("ReplicationController", TopologyActionsHandler.apiKind("replicationcontroller"));
    }

    @Test
    void aDeploymentWrittenInTheEditorIsScaledInTheText() {
        String edited = ManifestEdits.setReplicas(MainWindowTest.DEPLOYMENT, TopologyActionsHandler.apiKind(
                "deployment"), "default", "web", 5).orElseThrow();
        assertTrue(edited.contains("replicas: 5"), edited);
    }
}
