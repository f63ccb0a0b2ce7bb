package io.kubetutor.manifest.yaml;

import io.kubetutor.manifest.yaml.YScalar.Tag;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves plain scalars to types as Kubernetes' YAML-to-JSON conversion does: sigs.k8s.io/yaml
 * on its go-yaml v2 fork ({@code goyaml.v2/resolve.go}, YAML 1.1 rules), and gives the numeric
 * value go-yaml would produce. Only the first character chooses which rules apply:
 * <ul>
 *   <li>{@code y Y yes Yes YES true True TRUE on On ON} (and the {@code n/no/false/off} family) are
 *       booleans, {@code "" ~ null Null NULL} null, {@code .inf .nan} in three spellings floats;
 *       any other word starting with one of {@code yYnNtTfFoO~} is a string;</li>
 *   <li>text starting with a digit or sign is, after removing every {@code _}: an integer as Go's
 *       {@code strconv.ParseInt(s, 0, 64)} reads it ({@code 0x1F}, {@code 0o17}, {@code 0b101},
 *       legacy octal {@code 0777}, {@code +1}), else an unsigned 64-bit integer, else a float when
 *       it looks like one ({@code 1e3}, {@code 1.5}, and {@code 08}, which is not octal) and does
 *       not overflow, else a {@code 0b} binary integer, else a big integer; otherwise a string
 *       (timestamps such as {@code 2001-12-14} stay strings, as go-yaml hands them to JSON);</li>
 *   <li>text starting with {@code .} is a float when Go's {@code strconv.ParseFloat} accepts it;</li>
 *   <li>everything else, and every quoted or block scalar, is a string.</li>
 * </ul>
 */
public final class ScalarResolver {
    private ScalarResolver() {
    }

    private static final Map<String, Tag> WORDS = new HashMap<>();

    static {
        for (String w : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
                "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
            WORDS.put(w, Tag.BOOL);
        }
        for (String w : List.of("", "~", "null", "Null", "NULL")) {
            WORDS.put(w, Tag.NULL);
        }
        for (String w : List.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
                "-.inf", "-.Inf", "-.INF")) {
            WORDS.put(w, Tag.FLOAT);
        }
    }

    /** go-yaml v2's yamlStyleFloat. */
    private static final Pattern YAML_STYLE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    /** The decimal floats Go's ParseFloat accepts when the text starts with '.', underscores checked apart. */
    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9_]+([eE][-+]?[0-9_]+)?");

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The type go-yaml v2 gives an untagged plain scalar. */
    public static Tag resolvePlain(String text) {
        Tag word = WORDS.get(text);
        if (word != null) {
            return word;
        }
        char first = text.charAt(0);
        if (first == '.') {
            return dotFloat(text) != null ? Tag.FLOAT : Tag.STR;
        }
        if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
            return numberTag(text.replace("_", ""));
        }
        return Tag.STR;
    }

    private static Tag numberTag(String plain) {
        if (integer(plain) != null) {
            return Tag.INT;
        }
        return decimalFloat(plain) != null ? Tag.FLOAT : Tag.STR;
    }

    /**
     * The integer go-yaml v2 decodes from the text of an INT scalar (underscores allowed), or null
     * when the text is not one.
     */
    public static BigInteger integerValue(String text) {
        return text.isEmpty() ? null : integer(text.replace("_", ""));
    }

    /**
     * The float go-yaml v2 decodes from the text of a FLOAT scalar (or of an INT scalar tagged
     * {@code !!float}): ±Infinity and NaN for the {@code .inf}/{@code .nan} words; null when the text
     * is not a float.
     */
    public static Double floatValue(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (WORDS.get(text) == Tag.FLOAT) {
            if (text.endsWith("nan") || text.endsWith("NaN") || text.endsWith("NAN")) {
                return Double.NaN;
            }
            return text.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (text.charAt(0) == '.') {
            return dotFloat(text);
        }
        String plain = text.replace("_", "");
        BigInteger i = integer(plain);
        if (i != null) {
            return i.doubleValue();
        }
        return decimalFloat(plain);
    }

    /** Steps of resolve.go for 'D'/'S' hints that give an integer, in the order it tries them. */
    private static BigInteger integer(String plain) {
        BigInteger signed = goParseBase0(plain, true);
        if (signed != null && signed.compareTo(INT64_MIN) >= 0 && signed.compareTo(INT64_MAX) <= 0) {
            return signed;
        }
        BigInteger unsigned = goParseBase0(plain, false);
        if (unsigned != null && unsigned.compareTo(UINT64_MAX) <= 0) {
            return unsigned;
        }
        if (decimalFloat(plain) != null) {
            return null; // yamlStyleFloat comes before the binary and big-integer fallbacks
        }
        if (plain.startsWith("0b") || plain.startsWith("-0b")) {
            boolean negative = plain.charAt(0) == '-';
            String digits = plain.substring(negative ? 3 : 2);
            BigInteger v = digits(negative ? "-" + digits : digits, 2, true);
            if (!negative && v != null && v.compareTo(INT64_MAX) > 0) {
                return v.compareTo(UINT64_MAX) <= 0 ? v : null;
            }
            if (v != null && v.compareTo(INT64_MIN) >= 0 && v.compareTo(INT64_MAX) <= 0) {
                return v;
            }
        }
        // ParseUint failed with ErrRange: a valid unsigned literal too large for 64 bits -> big.Int.
        return unsigned != null ? unsigned : null;
    }

    private static Double decimalFloat(String plain) {
        if (!YAML_STYLE_FLOAT.matcher(plain).matches()) {
            return null;
        }
        double d = Double.parseDouble(plain);
        return Double.isInfinite(d) ? null : d; // Go's ParseFloat reports overflow as an error
    }

    private static Double dotFloat(String text) {
        if (!DOT_FLOAT.matcher(text).matches() || !goUnderscoreOk(text)) {
            return null;
        }
        double d = Double.parseDouble(text.replace("_", ""));
        return Double.isInfinite(d) ? null : d;
    }

    /**
     * Go's strconv.ParseInt / ParseUint with base 0 (sign only when {@code signed}); the value is
     * returned unbounded so the caller can tell a range error (non-null, too large) from a syntax
     * error (null). Underscores were removed before.
     */
    private static BigInteger goParseBase0(String s, boolean signed) {
        int i = 0;
        boolean negative = false;
        if (signed && !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        int base = 10;
        if (body.length() >= 2 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                body = body.substring(2);
            } else {
                base = 8;
                body = body.substring(1);
            }
        }
        BigInteger v = digits(body, base, false);
        return v == null ? null : negative ? v.negate() : v;
    }

    private static BigInteger digits(String s, int base, boolean allowSign) {
        if (s.isEmpty()) {
            return null;
        }
        int start = 0;
        if (allowSign && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            start = 1;
        }
        if (start == s.length()) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), base) < 0 || s.charAt(i) > 'z') {
                return null;
            }
        }
        return new BigInteger(s, base);
    }

    /** Go's strconv underscoreOK for a decimal literal: every '_' sits between two digits. */
    private static boolean goUnderscoreOk(String s) {
        char saw = '^';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                saw = '0';
            } else if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
            } else {
                if (saw == '_') {
                    return false;
                }
                saw = '!';
            }
        }
        return saw != '_';
    }
}
