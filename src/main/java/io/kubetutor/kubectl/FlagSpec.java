package io.kubetutor.kubectl;

/**
 * One flag as pflag defines it: long name, optional one-letter shorthand (0 for none), its kind,
 * and the value a bare {@code --flag} takes (pflag's NoOptDefVal: "true" for booleans,
 * "unchanged" for {@code --dry-run}, null when the flag needs a value).
 */
record FlagSpec(String name, char shorthand, Kind kind, String noOptDefault) {
    /** STRING_SLICE: pflag's StringSlice, whose repeated uses add comma-separated values. */
    enum Kind {
        BOOL, STRING, INT, STRING_SLICE
    }

    static FlagSpec bool(String name) {
        return new FlagSpec(name, (char) 0, Kind.BOOL, "true");
    }

    static FlagSpec bool(String name, char shorthand) {
        return new FlagSpec(name, shorthand, Kind.BOOL, "true");
    }

    static FlagSpec string(String name) {
        return new FlagSpec(name, (char) 0, Kind.STRING, null);
    }

    static FlagSpec string(String name, char shorthand) {
        return new FlagSpec(name, shorthand, Kind.STRING, null);
    }

    static FlagSpec stringSlice(String name, char shorthand) {
        return new FlagSpec(name, shorthand, Kind.STRING_SLICE, null);
    }

    static FlagSpec integer(String name) {
        return new FlagSpec(name, (char) 0, Kind.INT, null);
    }

    /** cmdutil.AddDryRunFlag: a string flag whose bare form means "unchanged" (client, deprecated). */
    static FlagSpec dryRun() {
        return new FlagSpec("dry-run", (char) 0, Kind.STRING, "unchanged");
    }

    /** How pflag names the flag in "invalid argument" errors. */
    String displayName() {
        return shorthand != 0 ? "-" + shorthand + ", --" + name : "--" + name;
    }
}
