package io.kubetutor.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The context menus' edits change only the field they name; everything else stays byte for byte. */
class ManifestEditsTest {
    static final String SHOP = """
            # the shop's front end
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web      # keep this name
              labels: {app: web}
            spec:
              replicas: 3    # three to start
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: registry.k8s.io/echoserver:1.10
                    ports:
                    - containerPort: 8080
            ---
            # how the laptop reaches it
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: NodePort   # open on every node
              selector:
                app: web
              ports:
              - port: 80
                targetPort: 8080
              externalTrafficPolicy: Local
            """;

    @Test
    void replicasAreChangedInPlaceAndNothingElseMoves() {
        String edited = ManifestEdits.setReplicas(SHOP, "Deployment", "default", "web", 5).orElseThrow();
        assertEquals(SHOP.replace("replicas: 3    # three", "replicas: 5    # three"), edited);
        assertEquals(5, Loaded.object(edited, Deployment.class, "default", "web").spec().replicas());
    }

    @Test
    void replicasAreInsertedAtTheTopOfSpecWhenAbsent() {
        String without = SHOP.replace("  replicas: 3    # three to start\n", "");
        String edited = ManifestEdits.setReplicas(without, "Deployment", "", "web", 4).orElseThrow();
        assertEquals(without.replace("spec:\n  selector:", "spec:\n  replicas: 4\n  selector:"), edited);
        assertEquals(4, Loaded.object(edited, Deployment.class, "default", "web").spec().replicas());
    }

    @Test
    void flowStyleIsEditedInFlowStyle() {
        String flow = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec: {serviceName: db, replicas: 2, selector: {matchLabels: {app: db}}, template: {metadata: {labels: {app: db}}, spec: {containers: [{name: db, image: redis:7}]}}}
                """;
        String changed = ManifestEdits.setReplicas(flow, "StatefulSet", "default", "db", 3).orElseThrow();
        assertEquals(flow.replace("replicas: 2,", "replicas: 3,"), changed);
        String without = flow.replace(" replicas: 2,", "");
        String inserted = ManifestEdits.setReplicas(without, "StatefulSet", "default", "db", 1).orElseThrow();
        assertEquals(without.replace("spec: {serviceName", "spec: {replicas: 1, serviceName"), inserted);
        assertEquals(1, Loaded.object(inserted, StatefulSet.class, "default", "db").spec().replicas());
    }

    @Test
    void theObjectIsFoundByItsNamespaceAndTheLastOfTwinsIsEdited() {
        String two = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: blue}
                spec:
                  replicas: 1
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 1
                """;
        String edited = ManifestEdits.setReplicas(two, "Deployment", "default", "web", 2).orElseThrow();
        assertEquals(two.substring(0, two.lastIndexOf("replicas: 1")) + "replicas: 2\n", edited);
        String blue = ManifestEdits.setReplicas(two, "Deployment", "blue", "web", 7).orElseThrow();
        assertEquals(two.replaceFirst("replicas: 1", "replicas: 7"), blue);
    }

    @Test
    void anObjectTheTextDoesNotWriteCannotBeEdited() {
        assertEquals(Optional.empty(), ManifestEdits.setReplicas(SHOP, "Deployment", "default", "api", 2));
        assertEquals(Optional.empty(), ManifestEdits.setReplicas(SHOP, "Deployment", "blue", "web", 2));
        assertEquals(Optional.empty(), ManifestEdits.setServiceField("", "default", "web", "spec.type", "NodePort"));
    }

    @Test
    void anItemOfAListDocumentIsEdited() {
        String list = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: web
                  spec:
                    replicas: 1
                """;
        String edited = ManifestEdits.setReplicas(list, "Deployment", "default", "web", 6).orElseThrow();
        assertEquals(list.replace("replicas: 1", "replicas: 6"), edited);
        assertEquals(6, Loaded.object(edited, Deployment.class, "default", "web").spec().replicas());
    }

    @Test
    void aFieldReachedThroughAnAliasIsNotEditedSinceItWouldChangeItsTwin() {
        String aliased = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels: &labels {app: web}
                spec:
                  selector: *labels
                  ports: [{port: 80}]
                """;
        assertEquals(Optional.empty(), ManifestEdits.setServiceField(aliased, "default", "web", "spec.selector.app",
                "api"));
    }

    @Test
    void aServiceFieldIsChangedOrInsertedUnderSpec() {
        String flipped = ManifestEdits.setServiceField(SHOP, "default", "web", "spec.externalTrafficPolicy", "Cluster")
                .orElseThrow();
        assertEquals(SHOP.replace("externalTrafficPolicy: Local", "externalTrafficPolicy: Cluster"), flipped);
        String affinity = ManifestEdits.setServiceField(SHOP, "", "web", "spec.sessionAffinity", "ClientIP")
                .orElseThrow();
        assertEquals(SHOP.replace("spec:\n  type: NodePort", "spec:\n  sessionAffinity: ClientIP\n  type: NodePort"),
                affinity);
        assertEquals("ClientIP", Loaded.object(affinity, Service.class, "default", "web").spec().sessionAffinity());
    }

    @Test
    void aNestedFieldIsInsertedWithTheMappingsItNeeds() {
        String edited = ManifestEdits.setServiceField(SHOP, "default", "web",
                "spec.sessionAffinityConfig.clientIP.timeoutSeconds", "60").orElseThrow();
        assertEquals(SHOP.replace("spec:\n  type: NodePort", "spec:\n  sessionAffinityConfig:\n    clientIP:\n"
                + "      timeoutSeconds: 60\n  type: NodePort"), edited);
        assertEquals(60, Loaded.object(edited, Service.class, "default", "web").spec().sessionAffinityConfig()
                .clientIP().timeoutSeconds());
    }

    @Test
    void aQuotedValueStaysQuotedAndATextThatWouldReadAsSomethingElseIsQuoted() {
        String quoted = SHOP.replace("externalTrafficPolicy: Local", "externalTrafficPolicy: \"Local\"");
        assertEquals(SHOP.replace("externalTrafficPolicy: Local", "externalTrafficPolicy: \"Cluster\""),
                ManifestEdits.setServiceField(quoted, "default", "web", "spec.externalTrafficPolicy", "Cluster")
                        .orElseThrow());
        String colon = ManifestEdits.setField(SHOP, "Service", "default", "web", "metadata.labels.note", "a: b")
                .orElseThrow();
        assertTrue(colon.contains("note: \"a: b\""), colon);
        assertEquals("a: b", Loaded.object(colon, Service.class, "default", "web").metadata().labels().get("note"));
    }

    @Test
    void aServiceWithoutSpecGetsOneAfterItsLastField() {
        String bare = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n# end of db\n";
        String edited = ManifestEdits.setServiceField(bare, "default", "db", "spec.clusterIP", "None").orElseThrow();
        assertEquals("apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n# end of db\n",
                edited);
        String noNewline = "apiVersion: v1\nkind: Service\nmetadata: {name: db}";
        assertEquals(noNewline + "\nspec:\n  clusterIP: None",
                ManifestEdits.setServiceField(noNewline, "default", "db", "spec.clusterIP", "None").orElseThrow());
    }

    @Test
    void anEmptyMappingIsFilled() {
        String empty = "apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:   # to do\n---\nkind: X\n";
        String edited = ManifestEdits.setServiceField(empty, "default", "db", "spec.type", "ClusterIP").orElseThrow();
        assertEquals("apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:   # to do\n  type: ClusterIP\n"
                + "---\nkind: X\n", edited);
        String tilde = "apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec: ~\n";
        assertEquals("apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  type: ClusterIP\n",
                ManifestEdits.setServiceField(tilde, "default", "db", "spec.type", "ClusterIP").orElseThrow());
    }

    @Test
    void aFieldIsRemovedWithItsLineAndTheCommentsAroundItStay() {
        String edited = ManifestEdits.removeField(SHOP, "default", "web", "spec.externalTrafficPolicy").orElseThrow();
        assertEquals(SHOP.replace("  externalTrafficPolicy: Local\n", ""), edited);
        assertEquals("", Loaded.object(edited, Service.class, "default", "web").spec().externalTrafficPolicy());
        String noType = ManifestEdits.removeField(SHOP, "default", "web", "spec.type").orElseThrow();
        assertEquals(SHOP.replace("  type: NodePort   # open on every node\n", ""), noType);
    }

    @Test
    void aFieldWithANestedBlockIsRemovedWhole() {
        String edited = ManifestEdits.removeField(SHOP, "default", "web", "spec.ports").orElseThrow();
        assertEquals(SHOP.replace("  ports:\n  - port: 80\n    targetPort: 8080\n", ""), edited);
        String noted = SHOP.replace("  name: web\nspec:\n  type", "  name: web\n  annotations:\n    note: |\n"
                + "      two lines\n\n      of text\n  # kept\nspec:\n  type");
        String withoutNote = ManifestEdits.removeField(noted, "Service", "default", "web", "metadata.annotations")
                .orElseThrow();
        assertEquals(SHOP.replace("  name: web\nspec:\n  type", "  name: web\n  # kept\nspec:\n  type"), withoutNote);
    }

    @Test
    void aFlowEntryIsRemovedWithItsComma() {
        String flow = "apiVersion: v1\nkind: Service\nmetadata: {name: db}\n"
                + "spec: {sessionAffinity: ClientIP, ports: [{port: 80}], type: ClusterIP}\n";
        assertEquals(flow.replace("sessionAffinity: ClientIP, ", ""),
                ManifestEdits.removeField(flow, "default", "db", "spec.sessionAffinity").orElseThrow());
        assertEquals(flow.replace(", type: ClusterIP", ""),
                ManifestEdits.removeField(flow, "default", "db", "spec.type").orElseThrow());
        assertEquals(flow.replace(" ports: [{port: 80}],", ""),
                ManifestEdits.removeField(flow, "default", "db", "spec.ports").orElseThrow());
    }

    @Test
    void removingAFieldThatIsNotWrittenLeavesTheText() {
        assertEquals(Optional.of(SHOP), ManifestEdits.removeField(SHOP, "default", "web", "spec.sessionAffinity"));
        assertEquals(Optional.of(SHOP), ManifestEdits.removeField(SHOP, "default", "web", "spec.a.b"));
    }

    @Test
    void aDocumentIsAppendedWithExactlyOneSeparator() {
        String doc = "apiVersion: v1\nkind: Service\nmetadata: {name: x}\n";
        assertEquals("a: 1\n---\n" + doc, ManifestEdits.appendDocument("a: 1", doc));
        assertEquals("a: 1\n---\n" + doc, ManifestEdits.appendDocument("a: 1\n", doc));
        assertEquals("a: 1\n---\n" + doc, ManifestEdits.appendDocument("a: 1\n---\n", doc));
        assertEquals("a: 1\n--- # next\n\n" + doc, ManifestEdits.appendDocument("a: 1\n--- # next\n\n", doc));
        assertEquals("a: 1\n---\n" + doc, ManifestEdits.appendDocument("a: 1\n---", doc));
        assertEquals(doc, ManifestEdits.appendDocument("", doc));
        assertEquals("a: 1\n---\n" + doc, ManifestEdits.appendDocument("a: 1\n", "---\n" + doc));
        assertEquals("a: 1\n---\nb: 2\n", ManifestEdits.appendDocument("a: 1\n", "b: 2"));
    }

    @Test
    void aBadFieldPathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ManifestEdits.removeField(SHOP, "default", "web", "spec..x"));
        assertThrows(IllegalArgumentException.class, () -> ManifestEdits.setReplicas(SHOP, "Deployment", "default",
                "web", -1));
    }
}
