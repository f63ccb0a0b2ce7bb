package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One kubectl subcommand: its flags (the ones the tutor simulates and real ones it accepts but
 * does not simulate), the flags cobra requires, and what runs it.
 */
record CommandDef(String name, List<FlagSpec> flags, Set<String> unsimulatedFlags, List<String> requiredFlags,
                  Runner runner) {

    interface Runner {
        void run(Invocation inv) throws KubectlError;
    }

    /** Flags every kubectl command inherits from the root command. */
    static final List<FlagSpec> GLOBAL = List.of(
            FlagSpec.string("namespace", 'n'),
            FlagSpec.string("context"),
            FlagSpec.string("cluster"),
            FlagSpec.string("user"),
            FlagSpec.string("kubeconfig"),
            FlagSpec.string("request-timeout"),
            FlagSpec.string("v", 'v'));

    /** genericclioptions.PrintFlags: -o and the template flags. */
    static final List<FlagSpec> PRINT = List.of(
            FlagSpec.string("output", 'o'),
            FlagSpec.string("template"),
            FlagSpec.bool("allow-missing-template-keys"),
            FlagSpec.bool("show-managed-fields"));

    /** The parser for this command: its own flags, then the inherited ones. */
    FlagParser parser() {
        List<FlagSpec> all = new ArrayList<>(flags);
        all.addAll(GLOBAL);
        return new FlagParser(all);
    }

    static List<FlagSpec> concat(List<FlagSpec> a, List<FlagSpec> b) {
        List<FlagSpec> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
