package io.kubetutor.kubectl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * spf13/pflag's command-line parsing (FlagSet.parseArgs): flags and positional arguments may be
 * interspersed, {@code --} ends the flags, {@code --name=value}, {@code --name value},
 * {@code -n value}, {@code -nvalue}, {@code -n=value} and grouped booleans ({@code -Aw}) all work,
 * and the errors are pflag's own words. Later values of a flag replace earlier ones, except for
 * string slices, which collect them.
 */
final class FlagParser {
    /** Thrown for a flag error; the message is pflag's, before kubectl adds its usage hint. */
    static final class FlagError extends Exception {
        FlagError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The outcome: flag values as strings by long name, the positional arguments, whether help was
     * asked, and how many positional arguments came before {@code --} (pflag's ArgsLenAtDash, -1
     * when there was none), which kubectl exec reads to find where the container's command starts.
     */
    record Parsed(Map<String, String> values, List<String> args, boolean help, int argsLenAtDash) {
        String get(String name) {
            return values.get(name);
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        String getOr(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        boolean flag(String name) {
            String v = values.get(name);
            return v != null && parseBool(v);
        }
    }

    private final Map<String, FlagSpec> byName = new HashMap<>();
    private final Map<Character, FlagSpec> byShorthand = new HashMap<>();

    FlagParser(List<FlagSpec> specs) {
        for (FlagSpec s : specs) {
            byName.put(s.name(), s);
            if (s.shorthand() != 0) {
                byShorthand.put(s.shorthand(), s);
            }
        }
    }

    FlagSpec lookup(String name) {
        return byName.get(name);
    }

    FlagSpec lookupShort(char c) {
        return byShorthand.get(c);
    }

    Parsed parse(List<String> input) throws FlagError {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean help = false;
        int argsLenAtDash = -1;
        List<String> args = new ArrayList<>(input);
        while (!args.isEmpty()) {
            String s = args.remove(0);
            if (s.isEmpty() || s.charAt(0) != '-' || s.length() == 1) {
                positional.add(s);
                continue;
            }
            if (s.charAt(1) == '-') {
                if (s.length() == 2) {
                    argsLenAtDash = positional.size();
                    positional.addAll(args);
                    break;
                }
                help |= parseLong(s, args, values);
            } else {
                String shorthands = s.substring(1);
                while (!shorthands.isEmpty()) {
                    shorthands = parseShort(shorthands, args, values);
                    if (shorthands == null) {
                        help = true;
                        break;
                    }
                }
            }
        }
        return new Parsed(values, positional, help, argsLenAtDash);
    }

    /** Returns true when the flag was --help. */
    private boolean parseLong(String s, List<String> args, Map<String, String> values) throws FlagError {
        String name = s.substring(2);
        if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == '=') {
            throw new FlagError("bad flag syntax: " + s);
        }
        int eq = name.indexOf('=');
        String value = eq >= 0 ? name.substring(eq + 1) : null;
        name = eq >= 0 ? name.substring(0, eq) : name;
        FlagSpec flag = byName.get(name);
        if (flag == null) {
            if (name.equals("help")) {
                return true;
            }
            throw new FlagError("unknown flag: --" + name);
        }
        if (value == null) {
            if (flag.noOptDefault() != null) {
                value = flag.noOptDefault();
            } else if (!args.isEmpty()) {
                value = args.remove(0);
            } else {
                throw new FlagError("flag needs an argument: " + s);
            }
        }
        set(flag, value, values);
        return false;
    }

    /** Parses the first shorthand of {@code shorthands}; returns what is left, or null for -h. */
    private String parseShort(String shorthands, List<String> args, Map<String, String> values) throws FlagError {
        char c = shorthands.charAt(0);
        String rest = shorthands.substring(1);
        FlagSpec flag = byShorthand.get(c);
        if (flag == null) {
            if (c == 'h') {
                return null;
            }
            throw new FlagError("unknown shorthand flag: " + goQuoteRune(c) + " in -" + shorthands);
        }
        String value;
        if (shorthands.length() > 2 && shorthands.charAt(1) == '=') {
            value = shorthands.substring(2);
            rest = "";
        } else if (flag.noOptDefault() != null) {
            value = flag.noOptDefault();
        } else if (shorthands.length() > 1) {
            value = shorthands.substring(1);
            rest = "";
        } else if (!args.isEmpty()) {
            value = args.remove(0);
        } else {
            throw new FlagError("flag needs an argument: " + goQuoteRune(c) + " in -" + shorthands);
        }
        set(flag, value, values);
        return rest;
    }

    private static void set(FlagSpec flag, String value, Map<String, String> values) throws FlagError {
        String cause = switch (flag.kind()) {
            case BOOL -> isBool(value) ? null : "strconv.ParseBool: parsing " + GoText.quote(value) + ": invalid syntax";
            case INT -> intProblem(value);
            case STRING, STRING_SLICE -> null;
        };
        if (cause != null) {
            throw new FlagError("invalid argument " + GoText.quote(value) + " for " + GoText.quote(flag.displayName())
                    + " flag: " + cause);
        }
        if (flag.kind() == FlagSpec.Kind.STRING_SLICE && values.containsKey(flag.name())) {
            // stringSlice.Set appends after the first use; the joined text reads back as the same values.
            values.put(flag.name(), values.get(flag.name()) + "," + value);
            return;
        }
        values.put(flag.name(), value);
    }

    /** strconv.ParseBool's accepted spellings. */
    static boolean isBool(String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False" -> true;
            default -> false;
        };
    }

    static boolean parseBool(String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            default -> false;
        };
    }

    /** strconv.ParseInt(s, 0, 64) as pflag's int flag calls it: null when fine, else Go's error text. */
    private static String intProblem(String s) {
        BigInteger v = parseGoInt(s);
        String prefix = "strconv.ParseInt: parsing " + GoText.quote(s) + ": ";
        if (v == null) {
            return prefix + "invalid syntax";
        }
        if (v.bitLength() > 63) {
            return prefix + "value out of range";
        }
        return null;
    }

    /** The integer value of a Go base-0 literal (sign, 0x/0o/0b prefixes, leading-0 octal, underscores). */
    static BigInteger parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        String t = s;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            negative = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int base = 10;
        String digits = t;
        boolean prefixed = false;
        if (t.length() >= 2 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                digits = t.substring(2);
                prefixed = true;
            } else {
                base = 8;
                digits = t.substring(1);
            }
        }
        if (digits.contains("_")) {
            // Go allows underscores only between digits (or after a base prefix) in base-0 parsing
            String check = (prefixed ? "0" : t.charAt(0) == '0' ? "0" : "") + digits;
            if (check.startsWith("_") || check.endsWith("_") || check.contains("__")) {
                return null;
            }
            digits = digits.replace("_", "");
        }
        if (digits.isEmpty()) {
            return base == 8 && !prefixed ? BigInteger.ZERO : null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), base) < 0) {
                return null;
            }
        }
        BigInteger v = new BigInteger(digits, base);
        return negative ? v.negate() : v;
    }

    /** Go's %q of a byte as a rune: 'x'. */
    private static String goQuoteRune(char c) {
        if (c == '\'') {
            return "'\\''";
        }
        String q = GoText.quote(String.valueOf(c));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }
}
