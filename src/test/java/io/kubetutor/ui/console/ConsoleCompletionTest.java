package io.kubetutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import io.kubetutor.session.SessionState;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tab completes verbs, kinds and the names the cluster holds now. */
class ConsoleCompletionTest {
    private static SessionState state;
    private static String webPod;

    @BeforeAll
    static void cluster() {
        state = SessionStates.after(SessionStates.WEB);
        webPod = state.snapshot().all(Pod.class).stream().filter(p -> p.namespace().equals("default"))
                .map(Pod::name).findFirst().orElseThrow();
    }

    private static ConsoleCompletion.Result tab(String line) {
        return ConsoleCompletion.complete(line, state);
    }

    @Test
    void aKindIsCompletedFromItsFirstLetters() {
        assertEquals(new ConsoleCompletion.Result("get svc ", List.of()), tab("get s"));
        assertEquals("kubectl get svc ", tab("kubectl get s").line());
    }

    @Test
    void aPodNameIsCompletedFromTheClusterAfterItsKind() {
        assertEquals("delete pod " + webPod + " ", tab("delete pod w").line());
        assertEquals("exec " + webPod + " ", tab("exec w").line());
    }

    @Test
    void theVerbIsCompletedFirst() {
        assertEquals("describe ", tab("desc").line());
        assertEquals("k expose ", tab("k exp").line());
    }

    @Test
    void severalMatchesExtendToWhatTheyShareAndThenAreListed() {
        ConsoleCompletion.Result d = tab("de");
        assertEquals("de", d.line());
        assertEquals(List.of("delete", "describe"), d.candidates());
        ConsoleCompletion.Result e = tab("get e");
        assertEquals("get endpoints", e.line());
        assertEquals(List.of(), e.candidates());
        assertEquals(List.of("endpoints", "endpointslices"), tab("get endpoints").candidates());
    }

    @Test
    void namesComeFromTheNamespaceTheLineNames() {
        assertEquals("get svc -n kube-system kube-dns ", tab("get svc -n kube-system k").line());
        assertEquals("get svc --namespace=kube-system kube-dns ", tab("get svc --namespace=kube-system k").line());
        // default has the kubernetes Service; kube-system's kube-dns is not offered there
        assertEquals("get svc kubernetes ", tab("get svc k").line());
        assertTrue(tab("get svc -A ").candidates().containsAll(List.of("kube-dns", "kubernetes", "web")));
    }

    @Test
    void namespacesAreOfferedAfterDashN() {
        assertEquals("get pods -n kube-system ", tab("get pods -n kube-s").line());
    }

    @Test
    void kindSlashNameCompletesTheName() {
        assertEquals("describe svc/web ", tab("describe svc/w").line());
    }

    @Test
    void scaleAndExposeOfferTheKindsTheyTake() {
        assertEquals("scale deployment ", tab("scale d").line());
        assertEquals("scale deployment web ", tab("scale deployment w").line());
        assertEquals(List.of("deployment", "pod", "replicaset", "replicationcontroller", "service"),
                tab("expose ").candidates());
    }

    @Test
    void nothingIsOfferedForTheCommandRunInAPodOrForAnUnknownKind() {
        assertEquals(new ConsoleCompletion.Result("exec x -- cu", List.of()), tab("exec x -- cu"));
        assertEquals(new ConsoleCompletion.Result("get widgets w", List.of()), tab("get widgets w"));
    }

    @Test
    void aNameAlreadyTypedIsNotOfferedAgain() {
        // default holds the Services kubernetes and web: with kubernetes typed, web is all that is left
        assertEquals("get svc kubernetes web ", tab("get svc kubernetes ").line());
        assertEquals(new ConsoleCompletion.Result("get svc kubernetes web ", List.of()), tab("get svc kubernetes web "));
    }

    @Test
    void aHalfQuotedNameIsReplacedByTheCompletedOne() {
        assertEquals("delete pod " + webPod + " ", tab("delete pod 'w").line());
    }
}
