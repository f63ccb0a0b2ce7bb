package io.kubetutor.model;

/**
 * Finds where a field of an object was written. Paths use the API server's notation:
 * {@code spec.ports[0].nodePort}, {@code metadata.labels[app]}. When the field itself is absent
 * (a defaulted value, or a path like {@code spec.clusterIPs[0]} the user wrote as
 * {@code clusterIP}), the locator answers the nearest enclosing field that was written.
 */
@FunctionalInterface
public interface FieldLocator {
    SourcePos locate(String fieldPath);

    FieldLocator NOWHERE = path -> SourcePos.START;
}
