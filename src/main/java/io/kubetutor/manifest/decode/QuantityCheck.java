package io.kubetutor.manifest.decode;

/**
 * Whether resource.ParseQuantity accepts a text (it is what Quantity's UnmarshalJSON runs on a
 * string's contents or a number's literal), and if not, its error text. We only check: the tutor
 * does not simulate resources, but a learner should see the server's refusal of {@code cpu: lots}.
 */
final class QuantityCheck {
    private QuantityCheck() {
    }

    static final String FORMAT_WRONG =
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    static final String NUMERIC = "unable to parse numeric part of quantity";
    static final String SUFFIX = "unable to parse quantity's suffix";

    private static final String SUFFIX_CHARS = "eEinumkKMGTP";

    /** Null when the text parses; otherwise ParseQuantity's error message. */
    static String problem(String text) {
        if (text.isEmpty()) {
            return FORMAT_WRONG;
        }
        if (text.equals("0")) {
            return null;
        }
        int end = text.length();
        int pos = 0;
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            pos++;
        }
        int intStart = pos;
        pos = digits(text, pos);
        String intPart = text.substring(intStart, pos);
        String fracPart = "";
        if (pos < end && text.charAt(pos) == '.') {
            int fracStart = pos + 1;
            pos = digits(text, fracStart);
            fracPart = text.substring(fracStart, pos);
        }
        int suffixStart = pos;
        while (pos < end && SUFFIX_CHARS.indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos < end && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            pos++;
        }
        pos = digits(text, pos);
        if (pos < end) {
            return FORMAT_WRONG;
        }
        String suffix = text.substring(suffixStart);
        Integer binaryExponent = BINARY.get(suffix);
        Integer exponent = binaryExponent != null ? null : decimalExponent(suffix);
        if (binaryExponent == null && exponent == null) {
            return SUFFIX;
        }
        // ParseQuantity takes an int64 fast path when the digits fit; otherwise it parses the
        // number text as a big decimal, which fails only when there is no digit at all ("e-10").
        String num = intPart.replaceFirst("^0+", "");
        int numLen = Math.max(num.length(), 1);
        int precision;
        int scale;
        if (binaryExponent != null) {
            precision = fracPart.isEmpty()
                    ? 15 - numLen - (int) ((float) binaryExponent * 3 / 10) - 1 : -1;
            scale = -fracPart.length();
        } else {
            precision = 18 - (numLen + fracPart.length());
            scale = exponent - fracPart.length();
        }
        boolean fastPath = precision >= 0 && scale >= -9;
        if (!fastPath && intPart.isEmpty() && fracPart.isEmpty()) {
            return NUMERIC;
        }
        return null;
    }

    private static final java.util.Map<String, Integer> BINARY = java.util.Map.of("Ki", 10, "Mi", 20, "Gi", 30,
            "Ti", 40, "Pi", 50, "Ei", 60);
    private static final java.util.Map<String, Integer> DECIMAL = java.util.Map.of("n", -9, "u", -6, "m", -3,
            "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The power of ten of a decimal SI suffix or an e/E exponent, or null when it is not one. */
    private static Integer decimalExponent(String suffix) {
        Integer si = DECIMAL.get(suffix);
        if (si != null) {
            return si;
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            String exp = suffix.substring(1);
            if (!exp.matches("[-+]?[0-9]+")) {
                return null;
            }
            try {
                // Go keeps int32(parsed): a wrapped exponent still parses.
                return (int) Long.parseLong(exp.startsWith("+") ? exp.substring(1) : exp);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The text ParseQuantity sees for a JSON string: its raw (escaped) contents, trimmed. A string
     * holding anything JSON must escape can never parse, so escaping is only approximated.
     */
    static String problemForString(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
                return FORMAT_WRONG;
            }
        }
        return problem(goTrimSpace(value));
    }

    private static String goTrimSpace(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isGoSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isGoSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isGoSpace(char c) {
        return c == ' ' || c == '\u0085' || c == '\u00a0' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
