package io.kubetutor.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionsTest {
    /** The text with the caret at "|". */
    private static CaretPath path(String withCaret) {
        int caret = withCaret.indexOf('|');
        return CaretPath.at(withCaret.replace("|", ""), caret);
    }

    private static List<String> labels(String withCaret) {
        int caret = withCaret.indexOf('|');
        return Completions.at(withCaret.replace("|", ""), caret).suggestions().stream()
                .map(Completions.Suggestion::label).toList();
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - name: nginx
                    image: nginx
                    ports:
                    - containerPort: 80
                    |
            """;

    @Test
    void thePathFollowsIndentationThroughMapsAndListEntries() {
        CaretPath p = path(DEPLOYMENT);
        assertEquals("Deployment", p.kind());
        assertEquals(List.of("spec", "template", "spec", "containers[]"), p.path());
        assertEquals(Set.of("name", "image", "ports"), p.siblings());
        assertFalse(p.inValue());
    }

    @Test
    void insideAListEntryThePathEndsWithTheList() {
        CaretPath p = path(DEPLOYMENT.replace("\n        |", "\n          |"));
        assertEquals(List.of("spec", "template", "spec", "containers[]", "ports[]"), p.path());
        assertEquals(Set.of("containerPort"), p.siblings());
    }

    @Test
    void kubectlStyleListsAtTheParentsIndentationAreEntriesToo() {
        String svc = "kind: Service\nspec:\n  ports:\n  - port: 80\n    |\n";
        assertEquals(List.of("spec", "ports[]"), path(svc).path());
        String indented = "kind: Service\nspec:\n  ports:\n    - port: 80\n      |\n";
        assertEquals(List.of("spec", "ports[]"), path(indented).path());
    }

    @Test
    void aNewListEntryStartsEmpty() {
        String svc = "kind: Service\nspec:\n  ports:\n  - port: 80\n    name: a\n  - |\n";
        CaretPath p = path(svc);
        assertEquals(List.of("spec", "ports[]"), p.path());
        assertEquals(Set.of(), p.siblings());
    }

    @Test
    void afterAKeyAndColonTheCaretTypesItsValue() {
        CaretPath p = path("kind: Service\nspec:\n  type: No|\n");
        assertTrue(p.inValue());
        assertEquals("type", p.valueOf());
        assertEquals("No", p.prefix());
        assertEquals(List.of("spec"), p.path());
    }

    @Test
    void theKindIsFoundInTheCaretsOwnDocumentEvenBelowIt() {
        String two = "kind: Deployment\n---\napiVersion: v1\nspec:\n  |\nkind: Service\n---\nkind: Pod\n";
        assertEquals("Service", path(two).kind());
    }

    @Test
    void serviceSpecOffersItsFieldsExceptTheOnesAlreadyThere() {
        List<String> offered = labels("kind: Service\nspec:\n  type: NodePort\n  |\n");
        assertTrue(offered.containsAll(List.of("selector", "ports", "sessionAffinity", "sessionAffinityConfig",
                "externalTrafficPolicy", "internalTrafficPolicy", "clusterIP", "externalIPs", "externalName",
                "publishNotReadyAddresses", "healthCheckNodePort", "loadBalancerIP")), offered::toString);
        assertFalse(offered.contains("type"));
        assertFalse(offered.contains("replicas"));
    }

    @Test
    void theWordTypedSoFarNarrowsTheOffers() {
        assertEquals(List.of("sessionAffinity", "sessionAffinityConfig"), labels("kind: Service\nspec:\n  sess|\n"));
        Completions.Result r = Completions.at("kind: Service\nspec:\n  sess\n", 26);
        assertEquals(22, r.start());
        assertEquals(26, r.end());
    }

    @Test
    void enumeratedFieldsOfferTheirValues() {
        assertEquals(List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName"), labels("kind: Service\nspec:\n  type: |\n"));
        assertEquals(List.of("Cluster", "Local"), labels("kind: Service\nspec:\n  externalTrafficPolicy: |"));
        assertEquals(List.of("TCP", "UDP", "SCTP"), labels("kind: Service\nspec:\n  ports:\n  - protocol: |"));
        assertEquals(List.of("Prefix"), labels("""
                kind: Ingress
                spec:
                  rules:
                  - http:
                      paths:
                      - pathType: Pre|"""));
    }

    @Test
    void deepFieldsOfEachKindAreKnown() {
        assertEquals(List.of("timeoutSeconds"),
                labels("kind: Service\nspec:\n  sessionAffinityConfig:\n    clientIP:\n      |"));
        assertTrue(labels("kind: Deployment\nspec:\n  selector:\n    |").contains("matchLabels"));
        assertTrue(labels(DEPLOYMENT.replace("\n        |",
                "\n        readinessProbe:\n          httpGet:\n            |"))
                .containsAll(List.of("path", "port")));
        assertTrue(labels("kind: StatefulSet\nspec:\n  |").contains("serviceName"));
        assertEquals(List.of("name", "port"), labels("""
                kind: Ingress
                spec:
                  rules:
                  - host: a
                    http:
                      paths:
                      - backend:
                          service:
                            |"""));
        assertEquals(List.of("number", "name"), labels("""
                kind: Ingress
                spec:
                  defaultBackend:
                    service:
                      port:
                        |"""));
        assertTrue(labels("kind: Ingress\nspec:\n  |").containsAll(List.of("ingressClassName", "defaultBackend", "rules", "tls")));
        assertTrue(labels("kind: Endpoints\nsubsets:\n- addresses:\n  - |").contains("ip"));
        assertTrue(labels("kind: Pod\nspec:\n  containers:\n  - |").containsAll(List.of("name", "image", "ports")));
    }

    @Test
    void theTopOfADocumentOffersTheObjectsFieldsAndKinds() {
        assertEquals(List.of("apiVersion", "metadata", "spec"), labels("kind: Service\n|"));
        assertTrue(labels("kind: |").containsAll(List.of("Service", "Deployment", "Ingress", "Endpoints")));
        assertEquals(List.of("apps/v1"), labels("kind: Deployment\napiVersion: |"));
    }

    @Test
    void choosingAnObjectOrListInsertsTheNextLineIndented() {
        Completions.Suggestion ports = Completions.at("kind: Service\nspec:\n  po", 24).suggestions().get(0);
        assertEquals("ports:\n    - ", ports.insert());
        Completions.Suggestion meta = Completions.at("kind: Service\nme", 16).suggestions().get(0);
        assertEquals("metadata:\n  ", meta.insert());
        Completions.Suggestion type = Completions.at("kind: Service\nspec:\n  ty", 24).suggestions().get(0);
        assertEquals("type: ", type.insert());
    }

    @Test
    void unknownPlacesOfferNothing() {
        assertEquals(List.of(), labels("kind: Service\nspec:\n  selector:\n    |"));
        assertEquals(List.of(), labels("kind: Service\nspec:\n  weird:\n    |"));
        assertEquals(List.of(), labels("kind: Service\nspec:\n  clusterIP: |"));
    }
}
