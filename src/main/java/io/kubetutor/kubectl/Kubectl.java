package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * kubectl's command line over the simulated cluster: cobra finds the subcommand, pflag parses its
 * flags, and the command runs; every text on stdout and stderr, and the exit status, are
 * kubectl's (errors end the command through the equivalent of cmdutil.CheckErr, status 1).
 */
public final class Kubectl {
    /** What the command wrote to each stream, and its exit status. */
    public record Output(String stdout, String stderr, int exitCode) {
        /**
         * The API server's warnings on stderr ("Warning: ..." lines). They arrive with the
         * response, so on a terminal they read before what kubectl prints.
         */
        public String warnings() {
            return stderrLines(true);
        }

        /** The rest of stderr (errors), which reads after what kubectl printed. */
        public String errors() {
            return stderrLines(false);
        }

        private String stderrLines(boolean warnings) {
            // Blank lines belong to the errors (kubectl's usage texts have them), kept in place.
            StringBuilder b = new StringBuilder();
            stderr.lines().filter(l -> l.startsWith("Warning: ") == warnings)
                    .forEach(l -> b.append(l).append('\n'));
            return b.toString();
        }
    }

    /** Every command kubectl v1.33 lists, sorted as cobra sorts them (used for its suggestions). */
    static final List<String> ALL_COMMANDS = List.of("annotate", "api-resources", "api-versions", "apply", "attach",
            "auth", "autoscale", "certificate", "cluster-info", "completion", "config", "cordon", "cp", "create",
            "debug", "delete", "describe", "diff", "drain", "edit", "events", "exec", "explain", "expose", "get",
            "kustomize", "label", "logs", "options", "patch", "plugin", "port-forward", "proxy", "replace", "rollout",
            "run", "scale", "set", "taint", "top", "uncordon", "version", "wait");

    private static final Map<String, CommandDef> COMMANDS = Commands.table();

    private Kubectl() {
    }

    /** Runs {@code kubectl ARGS} with views that print nothing until the real printers are wired in. */
    public static Output run(KubectlCluster cluster, List<String> args) {
        return run(cluster, Commands.NO_VIEWS, args);
    }

    public static Output run(KubectlCluster cluster, Views views, List<String> args) {
        FlagParser rootParser = new FlagParser(CommandDef.GLOBAL);
        List<String> words = stripFlags(args, rootParser);
        if (words.isEmpty()) {
            return root(args, rootParser);
        }
        String name = words.get(0);
        CommandDef def = COMMANDS.get(name);
        if (def == null) {
            if (!ALL_COMMANDS.contains(name) && !name.equals("help")) {
                return failed("", "error: unknown command " + GoText.quote(name) + " for \"kubectl\"" + suggestions(name));
            }
            return failed("", "error: the tutor does not simulate kubectl " + name
                    + "; it simulates get, describe, expose, scale, delete, label, patch, exec, cordon and"
                    + " uncordon\n");
        }
        String path = "kubectl " + name;
        FlagParser.Parsed parsed;
        try {
            parsed = def.parser().parse(withoutFirst(args, name, rootParser));
        } catch (FlagParser.FlagError e) {
            return failed("", "error: " + e.getMessage() + "\nSee '" + path + " --help' for usage.\n");
        }
        if (parsed.help()) {
            return new Output("The tutor does not include kubectl's help text; see `" + path
                    + " --help` on a real cluster.\n", "", 0);
        }
        List<String> missing = new ArrayList<>();
        for (String r : def.requiredFlags()) {
            if (!parsed.has(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            return failed("", "error: required flag(s) \"" + String.join("\", \"", missing) + "\" not set\n");
        }
        for (String f : def.unsimulatedFlags()) {
            if (parsed.has(f)) {
                return failed("", "error: the tutor does not simulate the --" + f + " flag of " + path + "\n");
            }
        }
        Invocation inv = new Invocation(cluster, views, parsed, path);
        try {
            def.runner().run(inv);
            return new Output(inv.out.toString(), inv.err.toString(), 0);
        } catch (KubectlError e) {
            return new Output(inv.out.toString(), inv.err + e.stderr(), e.exitCode());
        } catch (RuntimeException e) {
            // A fault of the tutor, not of the command: say so plainly rather than crash the console.
            return new Output(inv.out.toString(), inv.err + "error: the tutor could not run " + path + ": " + e
                    + "\n", 1);
        }
    }

    /** {@code kubectl} with no subcommand: flags are parsed, then cobra shows the help. */
    private static Output root(List<String> args, FlagParser rootParser) {
        try {
            rootParser.parse(args);
        } catch (FlagParser.FlagError e) {
            return failed("", "error: " + e.getMessage() + "\nSee 'kubectl --help' for usage.\n");
        }
        return new Output("The tutor does not include kubectl's help text; see `kubectl --help` on a real cluster.\n",
                "", 0);
    }

    private static Output failed(String stdout, String stderr) {
        return new Output(stdout, stderr.endsWith("\n") ? stderr : stderr + "\n", 1);
    }

    /**
     * cobra's stripFlags: the words that are not flags or flag values. A flag without "=" that is
     * not known to take no value swallows the next word, unknown flags included, as cobra does.
     */
    static List<String> stripFlags(List<String> args, FlagParser flags) {
        List<String> words = new ArrayList<>();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String s = rest.remove(0);
            if (s.equals("--")) {
                break;
            }
            if (takesNextWord(s, flags)) {
                if (rest.size() <= 1) {
                    break;
                }
                rest.remove(0);
                continue;
            }
            if (!s.isEmpty() && !s.startsWith("-")) {
                words.add(s);
            }
        }
        return words;
    }

    /** cobra's argsMinusFirstX: the arguments without the first word that names the command. */
    private static List<String> withoutFirst(List<String> args, String word, FlagParser flags) {
        for (int pos = 0; pos < args.size(); pos++) {
            String s = args.get(pos);
            if (s.equals("--")) {
                break;
            }
            if (takesNextWord(s, flags)) {
                pos++;
                continue;
            }
            if (!s.startsWith("-") && s.equals(word)) {
                List<String> out = new ArrayList<>(args);
                out.remove(pos);
                return out;
            }
        }
        return args;
    }

    private static boolean takesNextWord(String s, FlagParser flags) {
        if (s.startsWith("--") && !s.contains("=")) {
            FlagSpec f = flags.lookup(s.substring(2));
            return f == null || f.noOptDefault() == null;
        }
        if (s.startsWith("-") && !s.contains("=") && s.length() == 2) {
            FlagSpec f = flags.lookupShort(s.charAt(1));
            return f == null || f.noOptDefault() == null;
        }
        return false;
    }

    /** cobra's findSuggestions: commands within Levenshtein distance 2, or that start with the word. */
    private static String suggestions(String typed) {
        StringBuilder b = new StringBuilder();
        for (String c : ALL_COMMANDS) {
            if (levenshtein(typed.toLowerCase(Locale.ROOT), c) <= 2
                    || c.startsWith(typed.toLowerCase(Locale.ROOT))) {
                b.append('\t').append(c).append('\n');
            }
        }
        return b.length() == 0 ? "" : "\n\nDid you mean this?\n" + b;
    }

    static int levenshtein(String s, String t) {
        int[] prev = new int[t.length() + 1];
        int[] cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[t.length()];
    }
}
