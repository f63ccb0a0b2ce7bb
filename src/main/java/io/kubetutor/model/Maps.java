package io.kubetutor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies that keep the order things were written in. */
public final class Maps {
    private Maps() {
    }

    public static <K, V> Map<K, V> ordered(Map<K, V> m) {
        if (m == null) {
            return null;
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** Immutable copy of a list that may hold nulls; null becomes empty. */
    public static <T> List<T> list(List<T> l) {
        if (l == null || l.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(l));
    }
}
