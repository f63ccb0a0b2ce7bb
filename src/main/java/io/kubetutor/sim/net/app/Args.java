package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's command line ({@code command} then {@code args}) read the way programs read their
 * flags. Flags are looked up in the tokens as written; a token holding spaces (the script of
 * {@code sh -c "..."}) is also split into words, so {@code python -m http.server --bind 127.0.0.1}
 * inside a shell string is found too.
 */
final class Args {
    private final List<String> tokens;
    private final List<String> words = new ArrayList<>();

    private Args(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        for (String t : tokens) {
            if (t.chars().anyMatch(Character::isWhitespace)) {
                for (String w : t.trim().split("\\s+")) {
                    words.add(unquote(w));
                }
            } else {
                words.add(t);
            }
        }
    }

    static Args of(Container c) {
        List<String> all = new ArrayList<>(c.command());
        all.addAll(c.args());
        return new Args(all);
    }

    static Args of(List<String> tokens) {
        return new Args(tokens);
    }

    /** One flag occurrence: which flag, its value, and where it stood. */
    record Flag(String name, String value, int position) {
    }

    /**
     * Every value given to one of {@code names} ({@code --name=v} or {@code --name v}; names are
     * written with their dashes), in command-line order, from the word view.
     */
    List<Flag> all(List<String> names) {
        List<Flag> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            for (String n : names) {
                if (w.equals(n) && i + 1 < words.size()) {
                    out.add(new Flag(n, words.get(i + 1), i));
                } else if (w.startsWith(n + "=")) {
                    out.add(new Flag(n, w.substring(n.length() + 1), i));
                }
            }
        }
        return out;
    }

    /**
     * The last value of any of {@code names}, taken from the tokens as written (so a value with
     * spaces stays whole), or null when none is given.
     */
    String value(String... names) {
        String found = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            for (String n : names) {
                if (t.equals(n) && i + 1 < tokens.size()) {
                    found = tokens.get(i + 1);
                } else if (t.startsWith(n + "=")) {
                    found = t.substring(n.length() + 1);
                }
            }
        }
        if (found == null) {
            List<Flag> flags = all(List.of(names));
            if (!flags.isEmpty()) {
                found = flags.get(flags.size() - 1).value();
            }
        }
        return found;
    }

    /**
     * A Go/pflag boolean flag, written with one or two dashes: {@code --name} or
     * {@code --name=true|false}; {@code dflt} when absent.
     */
    boolean bool(String name, boolean dflt) {
        String bare = name.replaceFirst("^-+", "");
        boolean v = dflt;
        for (String w : words) {
            String flag = w.startsWith("--") ? w.substring(2) : w.startsWith("-") ? w.substring(1) : null;
            if (flag == null) {
                continue;
            }
            if (flag.equals(bare)) {
                v = true;
            } else if (flag.startsWith(bare + "=")) {
                v = Boolean.parseBoolean(flag.substring(bare.length() + 1));
            }
        }
        return v;
    }

    /** Whether some word equals {@code word} (a subcommand such as {@code netexec}). */
    boolean hasWord(String word) {
        return words.contains(word);
    }

    /** The first of {@code candidates} that appears as a word, or null. */
    String firstWord(List<String> candidates) {
        for (String w : words) {
            if (candidates.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static String unquote(String w) {
        if (w.length() >= 2 && (w.startsWith("\"") && w.endsWith("\"") || w.startsWith("'") && w.endsWith("'"))) {
            return w.substring(1, w.length() - 1);
        }
        return w;
    }
}
