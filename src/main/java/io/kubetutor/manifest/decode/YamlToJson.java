package io.kubetutor.manifest.decode;

import io.kubetutor.manifest.decode.JValue.JArray;
import io.kubetutor.manifest.decode.JValue.JBool;
import io.kubetutor.manifest.decode.JValue.JNull;
import io.kubetutor.manifest.decode.JValue.JNumber;
import io.kubetutor.manifest.decode.JValue.JObject;
import io.kubetutor.manifest.decode.JValue.JString;
import io.kubetutor.manifest.decode.JValue.Member;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kubectl's YAML-to-JSON step (sigs.k8s.io/yaml over go-yaml v2): keys become strings (a number
 * key its decimal text, a bool key "true"/"false"), a repeated key keeps its last value, and the
 * object's keys come out sorted, which is the order the API server then decodes them in.
 */
final class YamlToJson {
    private YamlToJson() {
    }

    /** A YAML value that has no JSON form; kubectl stops before sending anything. */
    static final class NotConvertible extends Exception {
        private final transient SourcePos pos;

        NotConvertible(String message, SourcePos pos) {
            super(message);
            this.pos = pos;
        }

        SourcePos pos() {
            return pos;
        }
    }


    static JValue convert(YNode node) throws NotConvertible {
        if (node instanceof YMap m) {
            return object(m);
        }
        if (node instanceof YSeq s) {
            List<JValue> items = new ArrayList<>();
            for (YNode item : s.items()) {
                items.add(convert(item));
            }
            return new JArray(items, s.pos());
        }
        return scalar((YScalar) node);
    }

    private static JValue scalar(YScalar s) throws NotConvertible {
        switch (s.tag()) {
            case NULL:
                return new JNull(s.pos());
            case BOOL:
                return new JBool(GoNumbers.boolValue(s.text()), s.pos());
            case INT: {
                String lit = GoNumbers.intLiteral(s.text());
                return lit == null ? new JString(s.text(), s.pos()) : new JNumber(lit, s.pos());
            }
            case FLOAT: {
                String lit = GoNumbers.floatLiteral(s.text());
                if (lit == null) {
                    throw new NotConvertible("the number " + s.text() + " has no JSON form, so kubectl cannot"
                            + " send it to the API server; write a finite number or quote it", s.pos());
                }
                return new JNumber(lit, s.pos());
            }
            default:
                return new JString(s.text(), s.pos());
        }
    }

    private static final class Slot {
        /** The key's place among the distinct keys as first written. */
        final int writtenIndex;
        SourcePos keyPos;
        YNode value;
        final List<SourcePos> repeatedAt = new ArrayList<>();

        Slot(int writtenIndex) {
            this.writtenIndex = writtenIndex;
        }
    }

    private static JObject object(YMap m) throws NotConvertible {
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (YMap.Entry e : m.entries()) {
            String key = keyText(e.key());
            Slot slot = slots.get(key);
            if (slot == null) {
                slot = new Slot(slots.size());
                slots.put(key, slot);
            } else {
                slot.repeatedAt.add(e.key().pos());
            }
            slot.keyPos = e.key().pos();
            slot.value = e.value();
        }
        List<String> keys = new ArrayList<>(slots.keySet());
        keys.sort(io.kubetutor.model.GoValues.STRING_ORDER);
        List<Member> members = new ArrayList<>();
        for (String k : keys) {
            Slot slot = slots.get(k);
            members.add(new Member(k, slot.keyPos, convert(slot.value), slot.repeatedAt, slot.writtenIndex));
        }
        return new JObject(members, m.pos());
    }

    private static String keyText(YNode key) throws NotConvertible {
        if (key instanceof YScalar s) {
            switch (s.tag()) {
                case STR:
                    return s.text();
                case BOOL:
                    return GoNumbers.boolValue(s.text()) ? "true" : "false";
                case INT: {
                    String lit = GoNumbers.intLiteral(s.text());
                    if (lit != null && !lit.contains("e") && !lit.contains(".")) {
                        return lit;
                    }
                    break;
                }
                case FLOAT: {
                    String lit = GoNumbers.floatLiteral(s.text());
                    if (lit != null) {
                        return GoNumbers.floatKey(Double.parseDouble(lit));
                    }
                    break;
                }
                default:
                    break;
            }
        }
        throw new NotConvertible("this key cannot become JSON, so kubectl cannot send the object: a key must be"
                + " text, a number or true/false", key.pos());
    }
}
