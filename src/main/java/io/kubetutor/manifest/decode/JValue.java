package io.kubetutor.manifest.decode;

import io.kubetutor.model.GoValues;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as the API server receives it: kubectl turns YAML into JSON (go-yaml v2, then
 * encoding/json) before sending it, so keys are strings, numbers are JSON literals and the keys
 * of every object come in sorted order. Each value keeps the place it was written.
 */
public sealed interface JValue permits JValue.JObject, JValue.JArray, JValue.JString, JValue.JNumber,
        JValue.JBool, JValue.JNull {

    SourcePos pos();

    /** The word Go's encoding/json uses for this JSON value in an UnmarshalTypeError. */
    String jsonType();

    /** An object; members sorted by key bytes, as Go's json.Marshal orders a map. */
    record JObject(List<Member> members, SourcePos pos) implements JValue {
        public JObject {
            members = List.copyOf(members);
        }

        public JValue get(String key) {
            for (Member m : members) {
                if (m.key().equals(key)) {
                    return m.value();
                }
            }
            return null;
        }

        @Override
        public String jsonType() {
            return "object";
        }
    }

    /**
     * One key of an object. {@code keyPos} is where the winning (last) occurrence was written;
     * {@code repeatedAt} holds the key positions of every occurrence after the first, for the
     * duplicate-field warnings; {@code writtenIndex} is the key's place in the YAML (first
     * occurrence), so maps can keep the order the learner wrote.
     */
    record Member(String key, SourcePos keyPos, JValue value, List<SourcePos> repeatedAt, int writtenIndex) {
        public Member {
            repeatedAt = List.copyOf(repeatedAt);
        }
    }

    record JArray(List<JValue> items, SourcePos pos) implements JValue {
        public JArray {
            items = List.copyOf(items);
        }

        @Override
        public String jsonType() {
            return "array";
        }
    }

    record JString(String value, SourcePos pos) implements JValue {
        @Override
        public String jsonType() {
            return "string";
        }
    }

    /** {@code literal} is the number as Go's json.Marshal wrote it (3000, 1.5, 1e+21). */
    record JNumber(String literal, SourcePos pos) implements JValue {
        @Override
        public String jsonType() {
            return "number";
        }
    }

    record JBool(boolean value, SourcePos pos) implements JValue {
        @Override
        public String jsonType() {
            return "bool";
        }
    }

    record JNull(SourcePos pos) implements JValue {
        @Override
        public String jsonType() {
            return "null";
        }
    }

    /** The compact JSON text kubectl would send (sorted keys, Go's escaping). */
    static String toJson(JValue v) {
        return GoValues.json(plain(v));
    }

    private static Object plain(JValue v) {
        if (v instanceof JObject o) {
            Map<String, Object> m = new LinkedHashMap<>();
            o.members().forEach(e -> m.put(e.key(), plain(e.value())));
            return m;
        }
        if (v instanceof JArray a) {
            List<Object> l = new ArrayList<>();
            a.items().forEach(i -> l.add(plain(i)));
            return l;
        }
        if (v instanceof JString s) {
            return s.value();
        }
        if (v instanceof JNumber n) {
            return new GoValues.Raw(n.literal());
        }
        if (v instanceof JBool b) {
            return b.value();
        }
        return null;
    }
}
