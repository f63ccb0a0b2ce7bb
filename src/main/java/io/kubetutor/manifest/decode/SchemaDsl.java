package io.kubetutor.manifest.decode;

import io.kubetutor.manifest.decode.GoType.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact way to write down Kubernetes API structs: {@code struct("ServicePort", field("name",
 * STRING), field("port", INT32), ...)}. All the API packages we read (core, apps, networking,
 * discovery, meta) are named {@code v1}, so struct {@code X} prints as {@code v1.X}.
 */
public final class SchemaDsl {
    private SchemaDsl() {
    }

    public static final GoType STRING = new GoType.Scalar(GoType.Kind.STRING, "string");
    public static final GoType INT32 = new GoType.Scalar(GoType.Kind.INT32, "int32");
    public static final GoType INT64 = new GoType.Scalar(GoType.Kind.INT64, "int64");
    public static final GoType BOOL = new GoType.Scalar(GoType.Kind.BOOL, "bool");
    public static final GoType INT_OR_STRING = new GoType.IntOrString();
    public static final GoType QUANTITY = new GoType.Quantity();
    public static final GoType ANY = new GoType.Any();
    public static final GoType MAP_STRING_STRING = new GoType.MapOf(STRING, "map[string]string");
    public static final GoType STRINGS = list(STRING);

    /** A named string type of package v1, e.g. {@code v1.Protocol}. */
    public static GoType str(String v1Name) {
        return new GoType.Scalar(GoType.Kind.STRING, "v1." + v1Name);
    }

    /** A named string type of another package, e.g. {@code types.UID}. */
    public static GoType namedString(String qualifiedName) {
        return new GoType.Scalar(GoType.Kind.STRING, qualifiedName);
    }

    public static GoType list(GoType elem) {
        return new GoType.ListOf(elem);
    }

    /** A named map type of package v1 (v1.ResourceList). */
    public static GoType map(String v1Name, GoType elem) {
        return new GoType.MapOf(elem, "v1." + v1Name);
    }

    public static Field field(String jsonName, GoType type) {
        return new Field(jsonName, type, List.of());
    }

    /** The fields of an inline embedded struct (Go {@code json:",inline"}), named for error paths. */
    public static Field[] inline(String embeddedGoName, Field... fields) {
        Field[] out = new Field[fields.length];
        for (int i = 0; i < fields.length; i++) {
            List<String> path = new ArrayList<>();
            path.add(embeddedGoName);
            path.addAll(fields[i].embeddedIn());
            out[i] = new Field(fields[i].jsonName(), fields[i].type(), path);
        }
        return out;
    }

    /** A struct of package v1 whose fields are plain fields or {@link #inline} groups. */
    public static GoType.Struct struct(String name, Object... fieldsOrGroups) {
        return new GoType.Struct("v1." + name, name, collect(fieldsOrGroups), false);
    }

    /** A struct that accepts fields it does not list (kinds we load without simulating). */
    public static GoType.Struct openStruct(String name, Object... fieldsOrGroups) {
        return new GoType.Struct("v1." + name, name, collect(fieldsOrGroups), true);
    }

    /** Fields common to every top-level kind: TypeMeta's apiVersion and kind, inline. */
    public static Field[] typeMeta() {
        return inline("TypeMeta", field("apiVersion", STRING), field("kind", STRING));
    }

    private static Map<String, Field> collect(Object... fieldsOrGroups) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Object o : fieldsOrGroups) {
            if (o instanceof Field f) {
                put(fields, f);
            } else if (o instanceof Field[] group) {
                for (Field f : group) {
                    put(fields, f);
                }
            } else {
                throw new IllegalArgumentException("not a field: " + o);
            }
        }
        return fields;
    }

    private static void put(Map<String, Field> fields, Field f) {
        if (fields.put(f.jsonName(), f) != null) {
            throw new IllegalArgumentException("field written twice: " + f.jsonName());
        }
    }
}
