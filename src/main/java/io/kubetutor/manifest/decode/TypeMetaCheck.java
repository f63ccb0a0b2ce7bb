package io.kubetutor.manifest.decode;

import io.kubetutor.manifest.decode.JValue.JNull;
import io.kubetutor.manifest.decode.JValue.JObject;
import io.kubetutor.manifest.decode.JValue.JString;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * kubectl's first look at a document (kubectl/pkg/validation getObjectKind): apiVersion and kind
 * must be set and be strings, and apiVersion must parse as a group/version. {@code apiVersion}
 * is the parsed group/version written back (schema.GroupVersion.String()).
 */
record TypeMetaCheck(String apiVersion, SourcePos apiVersionPos, String kind, SourcePos kindPos,
                     List<String> problems, SourcePos problemPos) {

    static TypeMetaCheck of(JObject root) {
        List<String> problems = new ArrayList<>();
        SourcePos problemPos = null;
        String apiVersion = "";
        JValue av = root.get("apiVersion");
        SourcePos avPos = av == null ? null : av.pos();
        if (av == null || av instanceof JNull) {
            problems.add("apiVersion not set");
            problemPos = root.pos();
        } else if (!(av instanceof JString s)) {
            problems.add("apiVersion isn't string type");
            problemPos = av.pos();
        } else {
            String parsed = groupVersion(s.value());
            if (parsed == null) {
                problems.add("unexpected GroupVersion string: " + s.value());
                problemPos = av.pos();
            } else {
                apiVersion = parsed;
            }
        }
        String kind = "";
        JValue k = root.get("kind");
        SourcePos kindPos = k == null ? root.pos() : k.pos();
        if (k == null || k instanceof JNull) {
            problems.add("kind not set");
            problemPos = problemPos == null ? root.pos() : problemPos;
        } else if (!(k instanceof JString s)) {
            problems.add("kind isn't string type");
            problemPos = problemPos == null ? k.pos() : problemPos;
        } else {
            kind = s.value();
        }
        return new TypeMetaCheck(apiVersion, avPos, kind, kindPos, List.copyOf(problems), problemPos);
    }

    /** schema.ParseGroupVersion then String(): "" and "/" are empty, "/v1" is "v1", two slashes fail. */
    private static String groupVersion(String s) {
        if (s.isEmpty() || s.equals("/")) {
            return "";
        }
        int slash = s.indexOf('/');
        if (slash < 0) {
            return s;
        }
        if (s.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String group = s.substring(0, slash);
        String version = s.substring(slash + 1);
        return group.isEmpty() ? version : group + "/" + version;
    }
}
