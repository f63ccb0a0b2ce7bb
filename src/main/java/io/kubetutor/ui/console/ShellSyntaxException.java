package io.kubetutor.ui.console;

/**
 * Why a console line could not be split into words: a quote left open (reported with bash's own
 * words), or a shell feature the console does not run (operators, expansions), which the console
 * explains in the learner's language.
 */
public final class ShellSyntaxException extends Exception {
    /** What went wrong. */
    public enum Problem { UNTERMINATED_QUOTE, OPERATOR, EXPANSION }

    private final Problem problem;
    private final String detail;

    private ShellSyntaxException(Problem problem, String detail, String message) {
        super(message);
        this.problem = problem;
        this.detail = detail;
    }

    /** bash's message for a line that ends inside a quote. */
    static ShellSyntaxException unterminated(char quote) {
        return new ShellSyntaxException(Problem.UNTERMINATED_QUOTE, String.valueOf(quote),
                "unexpected EOF while looking for matching `" + quote + "'");
    }

    static ShellSyntaxException operator(String operator) {
        return new ShellSyntaxException(Problem.OPERATOR, operator,
                "the console runs one kubectl command; the shell operator " + operator + " is not supported");
    }

    static ShellSyntaxException expansion(String text) {
        return new ShellSyntaxException(Problem.EXPANSION, text,
                "the console does not expand " + text + " (no shell variables or command substitution)");
    }

    public Problem problem() {
        return problem;
    }

    /** The quote character, operator or expansion that was found. */
    public String detail() {
        return detail;
    }
}
