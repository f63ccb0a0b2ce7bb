package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RFC 6901 pointers into Map/List trees, for JSON patch; every operation returns a new tree. */
final class JsonPointer {
    private JsonPointer() {
    }

    static List<String> tokens(String path) throws Patches.PatchError {
        if (path.isEmpty()) {
            return List.of();
        }
        if (!path.startsWith("/")) {
            throw new Patches.PatchError("a JSON patch path starts with /: " + GoText.quote(path));
        }
        List<String> out = new ArrayList<>();
        for (String t : path.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    static Object get(Object doc, String path) throws Patches.PatchError {
        Object cur = doc;
        for (String t : tokens(path)) {
            cur = child(cur, t, path);
        }
        return cur;
    }

    static Object add(Object doc, String path, Object value) throws Patches.PatchError {
        List<String> ts = tokens(path);
        if (ts.isEmpty()) {
            return value;
        }
        Object root = Patches.deepCopy(doc);
        Object parent = root;
        for (String t : ts.subList(0, ts.size() - 1)) {
            parent = child(parent, t, path);
        }
        String last = ts.get(ts.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> mm = (Map<String, Object>) m;
            mm.put(last, value);
        } else if (parent instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> ll = (List<Object>) l;
            int index = last.equals("-") ? ll.size() : index(last, ll.size() + 1, path);
            ll.add(index, value);
        } else {
            throw new Patches.PatchError("nothing to add to at " + GoText.quote(path));
        }
        return root;
    }

    static Object remove(Object doc, String path) throws Patches.PatchError {
        List<String> ts = tokens(path);
        if (ts.isEmpty()) {
            return null;
        }
        Object root = Patches.deepCopy(doc);
        Object parent = root;
        for (String t : ts.subList(0, ts.size() - 1)) {
            parent = child(parent, t, path);
        }
        String last = ts.get(ts.size() - 1);
        if (parent instanceof Map<?, ?> m && m.containsKey(last)) {
            m.remove(last);
        } else if (parent instanceof List<?> l) {
            l.remove(index(last, l.size(), path));
        } else {
            throw new Patches.PatchError("the object has no " + GoText.quote(path) + " to remove");
        }
        return root;
    }

    private static Object child(Object cur, String token, String path) throws Patches.PatchError {
        if (cur instanceof Map<?, ?> m && m.containsKey(token)) {
            return m.get(token);
        }
        if (cur instanceof List<?> l) {
            return l.get(index(token, l.size(), path));
        }
        throw new Patches.PatchError("the object has no " + GoText.quote(path));
    }

    private static int index(String token, int size, String path) throws Patches.PatchError {
        try {
            int i = Integer.parseInt(token);
            if (i >= 0 && i < size) {
                return i;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new Patches.PatchError("no list index " + GoText.quote(token) + " in " + GoText.quote(path));
    }
}
