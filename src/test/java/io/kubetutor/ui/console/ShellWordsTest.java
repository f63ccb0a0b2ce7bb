package io.kubetutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines split into words as bash splits them. */
class ShellWordsTest {
    @Test
    void blanksSeparateWordsAndRunsOfBlanksCountOnce() throws Exception {
        assertEquals(List.of("get", "svc", "-o", "wide"), ShellWords.split("  get \t svc   -o wide  "));
    }

    @Test
    void singleQuotesKeepEverythingLiterally() throws Exception {
        assertEquals(List.of("patch", "svc", "web", "-p", "{\"spec\":{\"type\":\"NodePort\"}}"),
                ShellWords.split("patch svc web -p '{\"spec\":{\"type\":\"NodePort\"}}'"));
        assertEquals(List.of("a\\b $x \"c\""), ShellWords.split("'a\\b $x \"c\"'"));
    }

    @Test
    void doubleQuotesLetABackslashEscapeOnlyTheShellsSpecialCharacters() throws Exception {
        // bash: printf '[%s]' "a\$b\q\"c\\d"  prints [a$b\q"c\d]
        assertEquals(List.of("a$b\\q\"c\\d"), ShellWords.split("\"a\\$b\\q\\\"c\\\\d\""));
    }

    @Test
    void quotedPartsJoinTheWordAroundThem() throws Exception {
        // bash: printf '[%s]' a"b\"c"\x  prints [ab"cx]
        assertEquals(List.of("ab\"cx"), ShellWords.split("a\"b\\\"c\"\\x"));
        assertEquals(List.of("label", "pod", "web", "tier=front end"), ShellWords.split("label pod web tier='front end'"));
    }

    @Test
    void aBackslashOutsideQuotesKeepsTheNextCharacterAndAtTheEndStaysItself() throws Exception {
        assertEquals(List.of("a b", "c"), ShellWords.split("a\\ b c"));
        assertEquals(List.of("a\\"), ShellWords.split("a\\"));
    }

    @Test
    void emptyQuotesMakeAnEmptyWord() throws Exception {
        assertEquals(List.of("label", ""), ShellWords.split("label ''"));
        assertEquals(List.of(""), ShellWords.split("\"\""));
    }

    @Test
    void aWordStartingWithAHashBeginsACommentButAHashInsideAWordIsText() throws Exception {
        assertEquals(List.of("get", "svc", "d#e"), ShellWords.split("get svc d#e #the rest"));
    }

    @Test
    void anUnterminatedQuoteIsRefusedWithBashsMessage() {
        ShellSyntaxException single = assertThrows(ShellSyntaxException.class, () -> ShellWords.split("get 'svc"));
        assertEquals("unexpected EOF while looking for matching `''", single.getMessage());
        assertEquals(ShellSyntaxException.Problem.UNTERMINATED_QUOTE, single.problem());
        ShellSyntaxException dbl = assertThrows(ShellSyntaxException.class, () -> ShellWords.split("exec p -- curl \"x"));
        assertEquals("unexpected EOF while looking for matching `\"'", dbl.getMessage());
    }

    @Test
    void shellOperatorsAreRefusedRatherThanPassedToKubectl() {
        ShellSyntaxException pipe = assertThrows(ShellSyntaxException.class, () -> ShellWords.split("get svc | grep web"));
        assertEquals(ShellSyntaxException.Problem.OPERATOR, pipe.problem());
        assertEquals("|", pipe.detail());
        assertEquals("&&", assertThrows(ShellSyntaxException.class, () -> ShellWords.split("get svc && get ep")).detail());
    }

    @Test
    void quotedOperatorsAreText() throws Exception {
        assertEquals(List.of("exec", "p", "--", "curl", "http://web/?a=1&b=2"),
                ShellWords.split("exec p -- curl 'http://web/?a=1&b=2'"));
    }

    @Test
    void expansionsAreRefusedButALoneDollarIsText() throws Exception {
        assertEquals(ShellSyntaxException.Problem.EXPANSION,
                assertThrows(ShellSyntaxException.class, () -> ShellWords.split("delete pod $POD")).problem());
        assertEquals("$(", assertThrows(ShellSyntaxException.class, () -> ShellWords.split("get \"$(x)\"")).detail());
        assertEquals(List.of("a$", "$"), ShellWords.split("a$ $"));
        assertEquals(List.of("$POD"), ShellWords.split("'$POD'"));
    }

    @Test
    void aLenientScanTellsWhereTheUnfinishedLastWordStarts() {
        ShellWords.Scan s = ShellWords.scanLenient("delete pod 'we");
        assertEquals(List.of(new ShellWords.Word("delete", 0), new ShellWords.Word("pod", 7), new ShellWords.Word("we", 11)),
                s.words());
        assertEquals('\'', s.openQuote());
        ShellWords.Scan done = ShellWords.scanLenient("get svc ");
        assertEquals(false, done.openWord());
    }
}
