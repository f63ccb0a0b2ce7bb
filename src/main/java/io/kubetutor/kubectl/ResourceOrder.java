package io.kubetutor.kubectl;

import java.util.Comparator;

/** The order the API server lists objects in: etcd keys compare as bytes, which is code point order. */
final class ResourceOrder {
    static final Comparator<String> BYTES = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private ResourceOrder() {
    }
}
