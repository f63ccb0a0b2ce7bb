package io.kubetutor.sim.net.app;

/** Go's encoding/json string encoding with its default HTML escaping. */
final class GoJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoJson() {
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == '\u2028' || ch == '\u2029') {
                        b.append("\\u").append(HEX[ch >> 12 & 15]).append(HEX[ch >> 8 & 15])
                                .append(HEX[ch >> 4 & 15]).append(HEX[ch & 15]);
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
