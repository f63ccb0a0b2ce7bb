package io.kubetutor.manifest.decode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a YAML number becomes JSON on its way to the API server: go-yaml v2 reads it into an
 * int64, uint64 or float64, and encoding/json writes that back out. So {@code 0x50} arrives as
 * {@code 80}, {@code 8080.0} as {@code 8080} (and an int32 field accepts it), {@code 1e3} as
 * {@code 1000}. The API server's errors quote the JSON literal, so we need it exactly.
 */
public final class GoNumbers {
    private GoNumbers() {
    }

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * The JSON literal for a YAML 1.1 integer ({@code 42}, {@code -0x1F}, {@code 0o17},
     * {@code 017}, {@code 0b101}, {@code 1_000}, {@code 1:30}), or null when it is not one.
     * Integers beyond uint64 become floats, as go-yaml v2 falls back to float64.
     */
    public static String intLiteral(String yamlText) {
        BigInteger v = parseYamlInt(yamlText);
        if (v == null) {
            return null;
        }
        if (v.compareTo(INT64_MIN) >= 0 && v.compareTo(UINT64_MAX) <= 0) {
            return v.toString();
        }
        return jsonFloat(v.doubleValue());
    }

    /** The JSON literal for a YAML float, or null for .inf/.nan (JSON has no form for them) or non-floats. */
    public static String floatLiteral(String yamlText) {
        String t = yamlText.replace("_", "");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".inf") || lower.equals(".nan")) {
            return null;
        }
        try {
            if (t.contains(":")) {
                return jsonFloat(sexagesimal(t).doubleValue());
            }
            if (!t.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
                return null;
            }
            return jsonFloat(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A YAML 1.1 boolean's value (go-yaml v2 also reads y/n/on/off/yes/no). */
    public static boolean boolValue(String yamlText) {
        String t = yamlText.toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
    }

    /**
     * Go's encoding/json float64 text: shortest digits, plain notation between 1e-6 and 1e21,
     * exponent notation outside ({@code 1e+21}, {@code 1e-7}). Null for NaN and infinities.
     */
    public static String jsonFloat(double f) {
        if (Double.isNaN(f) || Double.isInfinite(f)) {
            return null;
        }
        String sign = (f < 0 || (f == 0 && 1 / f < 0)) ? "-" : "";
        double abs = Math.abs(f);
        if (abs == 0) {
            return sign + "0";
        }
        BigDecimal digits = shortest(abs);
        if (abs >= 1e-6 && abs < 1e21) {
            return sign + digits.toPlainString();
        }
        String unscaled = digits.unscaledValue().toString();
        int exp = unscaled.length() - 1 - digits.scale();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        // Go writes at least two exponent digits, then json trims a negative one back to one (e-07 -> e-7).
        int e = Math.abs(exp);
        String expDigits = exp < 0 ? Integer.toString(e) : (e < 10 ? "0" + e : Integer.toString(e));
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + expDigits;
    }

    /**
     * The shortest decimal that reads back as {@code d}, as Go's strconv picks it (Java 17's
     * Double.toString is not always shortest): the exact value rounded to ever more digits.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int n = 1; n < 17; n++) {
            BigDecimal candidate = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /**
     * A float map key as sigs.k8s.io/yaml turns it into a string: strconv.FormatFloat(k, 'g', -1, 32).
     */
    public static String floatKey(double f) {
        if (Double.isNaN(f)) {
            return ".nan";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? ".inf" : "-.inf";
        }
        float g = (float) f;
        if (g == 0) {
            return (1 / g < 0) ? "-0" : "0";
        }
        String sign = g < 0 ? "-" : "";
        BigDecimal digits = new BigDecimal(Float.toString(Math.abs(g))).stripTrailingZeros();
        String unscaled = digits.unscaledValue().toString();
        int exp = unscaled.length() - 1 - digits.scale();
        // 'g' with shortest digits uses exponent form when the exponent is below -4 or at least 6.
        if (exp < -4 || exp >= 6) {
            String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
            int e = Math.abs(exp);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" + e : Integer.toString(e));
        }
        return sign + digits.toPlainString();
    }

    private static BigInteger parseYamlInt(String yamlText) {
        String t = yamlText.replace("_", "");
        if (t.isEmpty()) {
            return null;
        }
        boolean negative = t.startsWith("-");
        String body = (t.startsWith("-") || t.startsWith("+")) ? t.substring(1) : t;
        try {
            BigInteger magnitude;
            if (body.contains(":")) {
                BigDecimal d = sexagesimal(body);
                if (d.stripTrailingZeros().scale() > 0) {
                    return null;
                }
                magnitude = d.toBigInteger();
            } else if (body.startsWith("0x") || body.startsWith("0X")) {
                magnitude = new BigInteger(body.substring(2), 16);
            } else if (body.startsWith("0o") || body.startsWith("0O")) {
                magnitude = new BigInteger(body.substring(2), 8);
            } else if (body.startsWith("0b") || body.startsWith("0B")) {
                magnitude = new BigInteger(body.substring(2), 2);
            } else if (body.length() > 1 && body.startsWith("0")) {
                magnitude = new BigInteger(body.substring(1), 8);
            } else {
                magnitude = new BigInteger(body, 10);
            }
            if (magnitude.signum() < 0) {
                return null;
            }
            return negative ? magnitude.negate() : magnitude;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** YAML 1.1 base 60 ({@code 1:30} is 90), which SnakeYAML still resolves. */
    private static BigDecimal sexagesimal(String t) {
        boolean negative = t.startsWith("-");
        String body = (t.startsWith("-") || t.startsWith("+")) ? t.substring(1) : t;
        BigDecimal value = BigDecimal.ZERO;
        for (String part : body.split(":")) {
            value = value.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part));
        }
        return negative ? value.negate() : value;
    }
}
