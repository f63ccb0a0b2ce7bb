package io.kubetutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a line after the $ kubectl prompt asks for. */
class ConsoleCommandTest {
    @Test
    void theWordKubectlOrItsAliasKIsOptional() {
        ConsoleCommand.Run plain = (ConsoleCommand.Run) ConsoleCommand.parse("get svc -o wide");
        ConsoleCommand.Run full = (ConsoleCommand.Run) ConsoleCommand.parse("kubectl get svc -o wide");
        ConsoleCommand.Run alias = (ConsoleCommand.Run) ConsoleCommand.parse("k get svc -o wide");
        assertEquals(List.of("get", "svc", "-o", "wide"), plain.args());
        assertEquals(plain, full);
        assertEquals(plain, alias);
        assertEquals("$ kubectl get svc -o wide", full.echo());
    }

    @Test
    void aWordThatOnlyStartsWithKIsTheCommand() {
        assertEquals(List.of("kustomize"), ((ConsoleCommand.Run) ConsoleCommand.parse("kustomize")).args());
    }

    @Test
    void theEchoKeepsTheQuotesAsTyped() {
        ConsoleCommand.Run r = (ConsoleCommand.Run) ConsoleCommand.parse("patch svc web -p '{\"spec\":{}}'");
        assertEquals("$ kubectl patch svc web -p '{\"spec\":{}}'", r.echo());
        assertEquals("{\"spec\":{}}", r.args().get(4));
    }

    @Test
    void clearAndHelpAreTheConsolesOwn() {
        assertInstanceOf(ConsoleCommand.Clear.class, ConsoleCommand.parse(" clear "));
        assertInstanceOf(ConsoleCommand.Help.class, ConsoleCommand.parse("help"));
        assertInstanceOf(ConsoleCommand.Help.class, ConsoleCommand.parse("kubectl help"));
        // kubectl itself has no clear command: kubectl says so
        assertEquals(List.of("clear"), ((ConsoleCommand.Run) ConsoleCommand.parse("kubectl clear")).args());
    }

    @Test
    void aBlankLineRunsNothingAndBareKubectlRunsKubectlWithoutArguments() {
        assertInstanceOf(ConsoleCommand.Nothing.class, ConsoleCommand.parse("   "));
        assertEquals(List.of(), ((ConsoleCommand.Run) ConsoleCommand.parse("kubectl")).args());
    }

    @Test
    void anUnsplittableLineIsRefusedWithItsEcho() {
        ConsoleCommand.Refused r = (ConsoleCommand.Refused) ConsoleCommand.parse("k get 'svc");
        assertEquals("$ kubectl get 'svc", r.echo());
        assertEquals(ShellSyntaxException.Problem.UNTERMINATED_QUOTE, r.error().problem());
    }
}
