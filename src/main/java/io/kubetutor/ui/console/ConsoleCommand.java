package io.kubetutor.ui.console;

import java.util.List;

/**
 * What a line typed after the console's {@code $ kubectl } prompt asks for. The prompt already
 * says kubectl, so a leading {@code kubectl} or {@code k} (the usual alias) is dropped; {@code
 * clear} and {@code help} are the console's own; anything else is split into words and run.
 */
public sealed interface ConsoleCommand {
    /** A blank line: the prompt is shown again and nothing runs. */
    record Nothing() implements ConsoleCommand {
    }

    /** {@code clear}: empties the output, as the shell's clear does. */
    record Clear() implements ConsoleCommand {
    }

    /** {@code help}: the console lists what it runs. {@code echo} is the prompt line to print. */
    record Help(String echo) implements ConsoleCommand {
    }

    /** Runs {@code kubectl ARGS}; {@code echo} is the prompt line to print above the output. */
    record Run(List<String> args, String echo) implements ConsoleCommand {
        public Run {
            args = List.copyOf(args);
        }
    }

    /** The line could not be split into words (an open quote, an operator); nothing runs. */
    record Refused(ShellSyntaxException error, String echo) implements ConsoleCommand {
    }

    String PROMPT = "$ kubectl ";

    static ConsoleCommand parse(String line) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty()) {
            return new Nothing();
        }
        String rest = withoutKubectl(text);
        boolean prefixed = !rest.equals(text);
        String echo = PROMPT + rest;
        List<String> args;
        try {
            args = ShellWords.split(rest);
        } catch (ShellSyntaxException e) {
            return new Refused(e, echo);
        }
        if (args.equals(List.of("clear")) && !prefixed) {
            return new Clear();
        }
        if (args.equals(List.of("help"))) {
            return new Help(echo);
        }
        if (args.isEmpty()) {
            // only a comment after the prompt: bash does nothing either
            return prefixed ? new Run(List.of(), echo) : new Nothing();
        }
        return new Run(args, echo);
    }

    /** The text after a leading {@code kubectl} or {@code k} word, or the text itself. */
    private static String withoutKubectl(String text) {
        for (String word : List.of("kubectl", "k")) {
            if (text.equals(word)) {
                return "";
            }
            if (text.startsWith(word) && Character.isWhitespace(text.charAt(word.length()))) {
                return text.substring(word.length()).stripLeading();
            }
        }
        return text;
    }
}
